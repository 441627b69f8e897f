package org.hedgerow.groups;

import org.hedgerow.DirectoryApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Groups and the organisers who run them. */
class GroupsAndOrganisersApiTests extends DirectoryApiTest {

    @Test
    void aProviderWhoAddsAGroupBecomesItsLeadOrganiser() throws Exception {
        as("pat", HttpMethod.POST, "/api/groups", """
                {"name": "Belper Bat Walks", "description": "Dusk walks with a bat detector", "locality": "BELPER"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisers[0].id").value("o-pat"))
                .andExpect(jsonPath("$.organisers[0].role").value("Lead"))
                .andExpect(jsonPath("$.localityName").value("Belper"))
                .andExpect(jsonPath("$.activities").value(0));
        get("/api/organisers/o-pat").andExpect(jsonPath("$.groups[*].groupName", hasItem("Belper Bat Walks")));
    }

    @Test
    void groupsAreListedByPlaceAtAnyDepthAndNewestChangesFirstWhenAsked() throws Exception {
        get("/api/groups?locality=AMBER").andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].activities").value(1));
        as("quinn", HttpMethod.PATCH, "/api/groups/g-glossop-choir", """
                {"description": "Singing for everyone", "version": 0}""").andExpect(status().isOk());
        get("/api/groups?sort=UPDATED").andExpect(jsonPath("$.items[0].id").value("g-glossop-choir"));
        get("/api/groups?sort=NAME").andExpect(jsonPath("$.items[0].id").value("g-belper-walkers"));
    }

    @Test
    void aFacilitatorAddsGroupsWithinTheirPlaceAndMovesThemBetweenItsLocalities() throws Exception {
        as("fran", HttpMethod.POST, "/api/groups", """
                {"name": "Glossop Growers", "locality": "GLOSSOP"}""").andExpect(status().isForbidden());
        as("fran", HttpMethod.POST, "/api/groups", """
                {"name": "Amber Growers", "locality": "BELPER", "website": "not a link"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.website").value(containsString("http")));
        as("pat", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"locality": "ATLANTIS", "version": 0}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.locality").exists());
        as("pat", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"locality": "GLOSSOP", "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.localityCode").value("GLOSSOP"));
    }

    @Test
    void anArchivedGroupLeavesTheDirectoryListAndItsOrganiserCanThenBeArchived() throws Exception {
        as("quinn", HttpMethod.POST, "/api/organisers/o-quinn/archive", """
                {"version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("still runs active groups")));
        as("quinn", HttpMethod.POST, "/api/groups/g-glossop-choir/archive", """
                {"version": 0}""").andExpect(status().isOk());
        get("/api/groups").andExpect(jsonPath("$.totalItems").value(1));
        as("quinn", HttpMethod.POST, "/api/organisers/o-quinn/archive", """
                {"version": 0}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void providersAddCoOrganisersToTheirOwnGroupsAndEditTheirOwnProfile() throws Exception {
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin", "bio": "Back marker on the Tuesday walk", "group": "g-belper-walkers",
                 "role": "Walk leader"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.groups[0].role").value("Walk leader"));
        get("/api/organisers?group=g-belper-walkers").andExpect(jsonPath("$.totalItems").value(2));
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin", "group": "g-glossop-choir"}""").andExpect(status().isForbidden());
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin"}""").andExpect(status().isForbidden());
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin", "group": "g-none"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.group").exists());

        as("pat", HttpMethod.PATCH, "/api/organisers/o-pat", """
                {"bio": "Has walked every footpath in Belper", "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.bio").value("Has walked every footpath in Belper"));
        as("pat", HttpMethod.PATCH, "/api/organisers/o-quinn", """
                {"bio": "x", "version": 0}""").andExpect(status().isForbidden());
    }

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
}
