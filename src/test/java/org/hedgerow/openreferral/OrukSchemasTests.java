package org.hedgerow.openreferral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema check the feed's tests use passes what the official validator passes and fails what it fails. */
class OrukSchemasTests {

    @Test
    void theValidatorsPassingServicePasses() throws IOException {
        assertThat(OrukSchemas.errors("service.json", fixture("default-service_full.json"))).isEmpty();
    }

    @Test
    void theValidatorsFailingServiceFailsOnItsBadUrlAndEmail() throws IOException {
        var errors = OrukSchemas.errors("service.json", fixture("fail-service_full.json"));

        assertThat(errors).anyMatch(error -> error.contains("/url") && error.contains("uri"));
        assertThat(errors).anyMatch(error -> error.contains("/email") && error.contains("email"));
    }

    @Test
    void aServiceWithoutItsRequiredFieldsOrWithANullFails() {
        assertThat(OrukSchemas.errors("service.json", "{\"id\": \"not-a-uuid\", \"name\": \"x\", \"status\": \"active\"}"))
                .anyMatch(error -> error.contains("uuid"));
        assertThat(OrukSchemas.errors("service.json", "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": "
                + "\"x\", \"status\": \"active\", \"minimum_age\": null}")).isNotEmpty();
        assertThat(OrukSchemas.errors("service.json", "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\"}"))
                .isNotEmpty();
    }

    private static String fixture(String name) throws IOException {
        return new ClassPathResource("oruk/validator-fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
