package org.hedgerow.openreferral;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicIdsTests {

    @Test
    void isRfc9562sNameBasedUuidVersion5() {
        // the RFC's own example: "www.example.com" in the DNS namespace
        var dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(PublicIds.nameBased(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void theSameListingAlwaysHasTheSameIdAndKindsNeverShareOne() {
        assertThat(PublicIds.SERVICE.of("act-1")).isEqualTo(PublicIds.SERVICE.of("act-1"));
        assertThat(PublicIds.SERVICE.of("act-1")).isNotEqualTo(PublicIds.SERVICE_AT_LOCATION.of("act-1"));
        assertThat(PublicIds.SERVICE.of("act-1")).isNotEqualTo(PublicIds.SERVICE.of("act-2"));
        assertThat(UUID.fromString(PublicIds.ORGANIZATION.of("grp-1")).version()).isEqualTo(5);
    }

    @Test
    void readsOnlyCanonicalUuids() {
        assertThat(PublicIds.parse("832787BB-7F72-5BF3-8AAF-4CF16703BDCA")).map(UUID::toString)
                .contains("832787bb-7f72-5bf3-8aaf-4cf16703bdca");
        assertThat(PublicIds.parse("act-friday-friendship-walk")).isEmpty();
        assertThat(PublicIds.parse("1-2-3-4-5")).as("UUID.fromString would take it").isEmpty();
    }
}
