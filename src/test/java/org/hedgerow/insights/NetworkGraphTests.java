package org.hedgerow.insights;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.instanceOf;

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

    /**
     * Amber Valley with runs, knows and partners links: Pat–walkers–{walk, coffee, befrienders–{Sal, befriending}}
     * (a tree) and Ria–Rob–gardeners–garden. 11 nodes, so 45 pairs of other nodes each. The walkers separate their
     * four branches (sizes 1, 1, 1, 3): 15 − 3 = 12 pairs; the befrienders theirs (1, 1, 4): 15 − 6 = 9; the gardeners
     * lie between the garden and Ria, and the garden and Rob: 2. Without partners the walkers and befrienders fall
     * apart and the walkers' pairs are only those among Pat, walk, coffee: 3.
     */
    @Test
    void brokersAreMeasuredOverTheMapAsFiltered() throws Exception {
        as("fran", "/api/network/graph?link=RUNS,KNOWS,PARTNERS")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes", hasSize(11)))
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-belper-walkers')].betweenness", contains(near(12 / 45.0))))
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-belper-befrienders')].betweenness", contains(near(9 / 45.0))))
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-ripley-gardeners')].betweenness", contains(near(2 / 45.0))))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'ORGANISER')].betweenness", everyItem(near(0))))
                .andExpect(jsonPath("$.communities[0].id").value(0))
                .andExpect(jsonPath("$.focus").doesNotExist());
        as("fran", "/api/network/graph?link=RUNS,KNOWS")
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-belper-walkers')].betweenness", contains(near(3 / 45.0))))
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-belper-befrienders')].betweenness", contains(near(1 / 45.0))));
    }

    /** JSON numbers arrive as BigDecimals: compare them as doubles. */
    private static Matcher<Object> near(double expected) {
        return both(instanceOf(Number.class)).and(
                new CustomMatcher<>("a number within 1e-9 of " + expected) {
                    @Override
                    public boolean matches(Object actual) {
                        return Math.abs(((Number) actual).doubleValue() - expected) < 1e-9;
                    }
                });
    }

    @Test
    void everyNodeBelongsToAListedCommunityWhoseSizesAddUpToTheMap() throws Exception {
        var answer = as("fran", "/api/network/graph").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> sizes = JsonPath.read(answer, "$.communities[*].size");
        List<Integer> ids = JsonPath.read(answer, "$.communities[*].id");
        List<Integer> memberships = JsonPath.read(answer, "$.nodes[*].community");
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(memberships.size());
        assertThat(sizes).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids).containsAll(memberships);
        for (int id : ids) {
            assertThat(Collections.frequency(memberships, id)).isEqualTo(sizes.get(id));
        }
    }

    @Test
    void focusShowsOneNodeAndWhatLiesOneOrTwoLinksFromIt() throws Exception {
        as("fran", "/api/network/graph?focus=o-ria&depth=1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.focus").value("o-ria"))
                .andExpect(jsonPath("$.depth").value(1))
                .andExpect(jsonPath("$.nodes[*].id", containsInAnyOrder("o-ria", "o-rob", "g-ripley-gardeners")))
                .andExpect(jsonPath("$.edges[*].kind", containsInAnyOrder("RUNS", "RUNS", "KNOWS")));
        as("fran", "/api/network/graph?focus=o-ria")
                .andExpect(jsonPath("$.depth").value(2))
                .andExpect(jsonPath("$.nodes[*].id",
                        containsInAnyOrder("o-ria", "o-rob", "g-ripley-gardeners", "l-ripley", "a-garden")));
        // The measures stay the whole map's: the gardeners broker between the garden and both organisers there too.
        as("fran", "/api/network/graph?link=RUNS,KNOWS,PARTNERS&focus=g-ripley-gardeners&depth=1")
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-ripley-gardeners')].betweenness", contains(near(2 / 45.0))));
    }

    @Test
    void focusKeepsTheFiltersAndRefusesANodeNotOnTheMap() throws Exception {
        as("fran", "/api/network/graph?link=KNOWS&focus=o-ria&depth=2")
                .andExpect(jsonPath("$.nodes[*].id", containsInAnyOrder("o-ria", "o-rob")));
        as("fran", "/api/network/graph?link=KNOWS&focus=a-garden").andExpect(status().isNotFound());
        as("fran", "/api/network/graph?focus=nobody").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").exists());
        as("fran", "/api/network/graph?focus=g-glossop-choir").andExpect(status().isNotFound());
        as("fran", "/api/network/graph?focus=o-ria&depth=3").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.depth").exists());
    }
}
