package org.hedgerow.referral;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataRefusalTests {

    @Test
    void aWithdrawnConsentIsDatedByTheNetworksDay() {
        // Half past midnight on 2 June in Derbyshire is still 1 June in UTC.
        assertThat(PersonalDataRefusal.consentWithdrawn(Instant.parse("2026-06-01T23:30:00Z")).getMessage())
                .contains("withdrew their consent on 2026-06-02.");
    }
}
