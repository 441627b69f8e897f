package org.hedgerow.core;

import org.hedgerow.DirectoryApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Refusals a controller never sees are problem documents that say what was wrong, like the rest. */
class RefusalProblemTests extends DirectoryApiTest {

    @Test
    void aBodyThatIsNotJsonIsA415ProblemNamingTheMediaType() throws Exception {
        mvc.perform(post("/api/localities").session(browsers.of("fran")).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content("name=Ripley"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.detail", containsString("text/plain")))
                .andExpect(header().string("Accept", containsString("application/json")));
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeSignInIsEvenChecked() throws Exception {
        mvc.perform(post("/api/localities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + "a".repeat(300 * 1024) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/body-too-large"))
                .andExpect(jsonPath("$.detail", containsString("256 KB")));
    }

    @Test
    void anUnknownValueOfAClosedSetListsTheValidOnes() throws Exception {
        get("/api/venues?showing=SOMETIMES")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.showing").value("must be one of [ACTIVE, ARCHIVED, ALL]"));
    }

    @Test
    void aQueryValueOfTheWrongKindOrAMissingOneIsNamedInWords() throws Exception {
        get("/api/venues?size=abc")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").value("must be a whole number"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/personal-data/subject-access").session(browsers.of("ada")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.reference").value("is required"));
        mvc.perform(post("/api/localities").session(browsers.of("fran")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nmae\": \"Ripley\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nmae").value("is not a field of this request"));
    }

    @Test
    void needsAndCategoriesHaveTheirOwnPathsWithTheirCodes() throws Exception {
        get("/api/needs")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.contains("INACTIVITY", "LONELINESS")));
        get("/api/categories/WALKING")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.green").value(true))
                .andExpect(header().string("ETag", "\"0\""));
        get("/api/needs/WALKING")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no need WALKING."));
    }

    @Test
    void anIdThatTheFirewallRefusesIsA400ProblemNotABareStatus() throws Exception {
        for (String id : new String[] {"a%2Fb", "a%00b", "%5C..%5C"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get(java.net.URI.create("/api/venues/" + id)).session(browsers.of("fran")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/rejected-request"))
                    .andExpect(jsonPath("$.detail", containsString("control character")));
        }
    }
}
