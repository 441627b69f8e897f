package org.hedgerow.insights;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/network/graph} (network module) on {@link InsightsTest}'s network. */
class NetworkGraphTests extends InsightsTest {

    @Test
    void aPlacesGraphHasItsLocalitiesGroupsActivitiesVenuesAndOrganisersAndTheirLinks() throws Exception {
        as("fran", "/api/network/graph")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.localityCode").value("AMBER"))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'LOCALITY')].id", contains("l-amber", "l-belper", "l-ripley")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'GROUP')].id",
                        contains("g-belper-befrienders", "g-belper-walkers", "g-ripley-gardeners")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'ACTIVITY')].id", hasSize(4)))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'VENUE')].id", containsInAnyOrder("v-strutt", "v-allotments")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'ORGANISER')].label", contains("Pat", "Ria", "Rob", "Sal")))
                .andExpect(jsonPath("$.edges[?(@.kind == 'PARTNERS')].to", contains("g-belper-befrienders")))
                .andExpect(jsonPath("$.edges[?(@.kind == 'KNOWS')].from", contains("o-ria")))
                .andExpect(jsonPath("$.edges[?(@.kind == 'REFERRED')].count", contains("<5")))
                .andExpect(jsonPath("$.edges[?(@.kind == 'WITHIN')].from", hasItem("g-ripley-gardeners")))
                .andExpect(jsonPath("$.edges[?(@.kind == 'MEETS_AT' && @.from == 'a-garden')].to", contains("v-allotments")))
                .andExpect(jsonPath("$.edges[?(@.kind == 'RUNS' && @.from == 'o-ria')].to", contains("g-ripley-gardeners")));
    }

    @Test
    void categoryAndLinkNarrowWhatIsShown() throws Exception {
        as("ada", "/api/network/graph?category=WALKING&link=RUNS")
                .andExpect(jsonPath("$.localityCode").value("DDICS"))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'GROUP')].id", contains("g-belper-walkers")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'ACTIVITY')].id", contains("a-walk")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'LOCALITY')]", hasSize(0)))
                .andExpect(jsonPath("$.edges[*].kind", everyItem(is("RUNS"))));
        as("ada", "/api/network/graph?link=KNOWS,PARTNERS")
                .andExpect(jsonPath("$.edges[*].kind", containsInAnyOrder("KNOWS", "KNOWS", "PARTNERS")));
        as("ada", "/api/network/graph?link=FRIENDS").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.link").exists());
        as("ada", "/api/network/graph?category=KNITTING").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.category").exists());
        as("fran", "/api/network/graph?locality=GLOSSOP").andExpect(status().isForbidden());
        as("pat", "/api/network/graph").andExpect(status().isForbidden());
    }
}
