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

    @Test
    void everyOperationDocumentsItsRealParametersAnswersAndProblems() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                // records bound from query parameters are documented one parameter at a time
                .andExpect(jsonPath("$.paths['/api/activities/search'].get.parameters[?(@.name == 'parameters')]").isEmpty())
                .andExpect(jsonPath("$.paths['/api/activities/search'].get.parameters[?(@.name == 'q')].schema.maxLength").value(200))
                .andExpect(jsonPath("$.paths['/api/activities/search'].get.parameters[?(@.name == 'size')].schema.maximum").value(100))
                .andExpect(jsonPath("$.paths['/api/activities/search'].get.parameters[?(@.name == 'day')].schema.items.enum[0]").value("MONDAY"))
                .andExpect(jsonPath("$.paths['/api/venues'].get.parameters[?(@.name == 'size')].schema.maximum").value(200))
                .andExpect(jsonPath("$.paths['/api/posts'].get.parameters[?(@.name == 'filter')]").isEmpty())
                .andExpect(jsonPath("$.paths['/api/posts'].get.parameters[?(@.name == 'kind')]").isNotEmpty())
                // framework arguments are not parameters
                .andExpect(jsonPath("$.paths['/api/session'].get.parameters").doesNotExist())
                // the real success status and media type
                .andExpect(jsonPath("$.paths['/api/referrals'].post.responses['201'].content['application/json']").exists())
                .andExpect(jsonPath("$.paths['/api/referrals'].post.responses['200']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/session'].delete.responses['204']").exists())
                .andExpect(jsonPath("$.paths['/api/insights/gaps.csv'].get.responses['200'].content['text/csv']").exists())
                // problems, as application/problem+json with the fields clients act on
                .andExpect(jsonPath("$.paths['/api/referrals'].post.responses['400']['$ref']")
                        .value("#/components/responses/Invalid"))
                .andExpect(jsonPath("$.components.responses.Invalid.content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/referrals/{id}/status'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/referrals/{id}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/session'].post.responses['429']").exists())
                .andExpect(jsonPath("$.paths['/api/network/summary'].get.responses['401']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/network/summary'].get.responses['503']").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.additionalProperties.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.allowed.type").value("array"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.currentStatus").exists())
                // needs and categories have paths of their own
                .andExpect(jsonPath("$.paths['/api/needs'].get").exists())
                .andExpect(jsonPath("$.paths['/api/categories/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/{terms}']").doesNotExist());
    }
}
