package org.hedgerow.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The web app generates its types from {@code frontend/openapi.json} at build time, so that file must be the
 * document the app serves. Run with {@code -Dapi.contract.write=true} to write it after a deliberate change of
 * the API, then commit it with the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractSnapshotTests extends GraphTest {

    static final Path SNAPSHOT = Path.of("frontend/openapi.json");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void theCommittedSnapshotIsTheServedDocument() throws Exception {
        String served = pretty(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        if (Boolean.getBoolean("api.contract.write")) {
            Files.writeString(SNAPSHOT, served);
        }
        assertThat(Files.exists(SNAPSHOT)).as("%s exists (write it with -Dapi.contract.write=true)", SNAPSHOT).isTrue();
        assertThat(served).as("the served /v3/api-docs; after a deliberate API change, rewrite %s with "
                + "-Dapi.contract.write=true and commit it", SNAPSHOT).isEqualTo(Files.readString(SNAPSHOT));
    }

    private String pretty(String document) {
        return json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(json.readTree(document)) + "\n";
    }
}
