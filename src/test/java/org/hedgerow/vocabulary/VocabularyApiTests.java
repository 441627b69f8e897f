package org.hedgerow.vocabulary;

import org.hedgerow.DirectoryApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The network's shared words: categories of activity (green or not) and the needs activities support. */
class VocabularyApiTests extends DirectoryApiTest {

    @Test
    void categoriesAndNeedsAreTheNetworksVocabularyLookedAfterByAdmins() throws Exception {
        get("/api/categories").andExpect(jsonPath("$.items[1].code").value("WALKING"))
                .andExpect(jsonPath("$.items[1].green").value(true));
        get("/api/needs").andExpect(jsonPath("$.items[0].green").doesNotExist());

        as("ada", HttpMethod.POST, "/api/categories", """
                {"code": "GARDENING", "name": "Gardening and growing", "green": true}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.green").value(true))
                .andExpect(header().string("Location", "/api/categories/GARDENING"));
        get("/api/categories/GARDENING").andExpect(status().isOk());
        get("/api/needs/GARDENING").andExpect(status().isNotFound());
        as("ada", HttpMethod.POST, "/api/categories", """
                {"code": "GARDENING", "name": "Gardening"}""").andExpect(status().isConflict());
        as("ada", HttpMethod.POST, "/api/needs", """
                {"code": "DEBT", "name": "Debt", "green": true}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.green").exists());
        as("ada", HttpMethod.POST, "/api/needs", """
                {"code": "debt", "name": "D"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code").exists()).andExpect(jsonPath("$.errors.name").exists());
        as("fran", HttpMethod.POST, "/api/needs", """
                {"code": "DEBT", "name": "Debt"}""").andExpect(status().isForbidden());

        as("ada", HttpMethod.POST, "/api/needs/INACTIVITY/archive", """
                {"version": 0}""").andExpect(status().isOk());
        get("/api/needs").andExpect(jsonPath("$.totalItems").value(1));
        as("ada", HttpMethod.PATCH, "/api/needs/INACTIVITY", """
                {"name": "Being inactive", "version": 0}""").andExpect(status().isConflict());
    }

    /** Re-pinned from the deleted DirectoryRepositoryTests: green categories are marked, the others not. */
    @Test
    void greenCategoriesAreMarked() throws Exception {
        as("ada", HttpMethod.POST, "/api/categories", """
                {"code": "GARDENING", "name": "Gardening", "green": true}""").andExpect(status().isCreated());
        as("ada", HttpMethod.POST, "/api/categories", """
                {"code": "SOCIAL", "name": "Social", "green": false}""").andExpect(status().isCreated());

        get("/api/categories").andExpect(jsonPath("$.items[?(@.green == true)].code", contains("GARDENING", "WALKING")))
                .andExpect(jsonPath("$.items[?(@.green == false)].code", contains("ARTS", "SOCIAL")));
    }
}
