package org.hedgerow.core;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTests extends GraphTest {

    @Autowired MockMvc mvc;

    @Test
    void theApiIsDescribedWithExamplesForAnyoneToRead() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Hedgerow API"))
                .andExpect(jsonPath("$.paths['/api/activities'].post").exists())
                .andExpect(jsonPath("$.paths['/api/activities/{id}/spaces'].put").exists())
                .andExpect(jsonPath("$.paths['/api/groups/{id}'].patch").exists())
                .andExpect(jsonPath("$.components.schemas.NewActivity.example.name").value("Tuesday towpath walk"))
                .andExpect(jsonPath("$.components.schemas.NewActivity.properties.cost.enum[0]").value("FREE"))
                .andExpect(jsonPath("$.components.securitySchemes.csrf.name").value("X-XSRF-TOKEN"));
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }
}
