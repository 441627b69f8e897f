package org.hedgerow.openreferral;

import java.util.ArrayList;
import java.util.List;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each filter of {@code /services} and {@code /service_at_locations} on {@link FeedGraph}, with its hand-worked answer. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedFilterTests extends GraphTest {

    static final String WALK = "Friday friendship walk";
    static final String CHOIR = "Canal bridge choir";
    static final String YOUTH = "Young walkers";
    static final String PHONE = "Telephone friends";
    static final String OLD = "Old walk";
    static final String CRAFT = "Craft circle";

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void graph() {
        FeedGraph.create(neo4j);
    }

    @Test
    void withoutFiltersEveryActivityIsAServiceArchivedOnesIncluded() throws Exception {
        var page = services();
        assertThat(names(page)).containsExactlyInAnyOrder(WALK, CHOIR, YOUTH, PHONE, OLD, CRAFT);
        assertThat(page.path("total_items").asLong()).isEqualTo(6);
        assertThat(schemaErrors("service_list.json", page)).isEmpty();
    }

    @Test
    void searchFindsWordsInNamesAndDescriptions() throws Exception {
        assertThat(names(services("search", "walk"))).containsExactlyInAnyOrder(WALK, YOUTH, OLD);
        assertThat(names(services("search", "singing"))).containsExactly(CHOIR);
        assertThat(services("search", "!!!").path("total_items").asLong()).as("no word to look for").isZero();
    }

    @Test
    void aTaxonomyTermFindsWhatIsFiledUnderIt() throws Exception {
        assertThat(names(services("taxonomy_term_id", PublicIds.CATEGORY.of("WALKING"))))
                .containsExactlyInAnyOrder(WALK, YOUTH, OLD);
        assertThat(names(services("taxonomy_term_id", PublicIds.NEED.of("LONELINESS"))))
                .containsExactlyInAnyOrder(WALK, PHONE);
        assertThat(names(services("taxonomy_term_id", PublicIds.NEED.of("NO_SUCH_NEED")))).isEmpty();
    }

    @Test
    void aTaxonomyFindsWhatHasAnyOfItsTerms() throws Exception {
        assertThat(names(services("taxonomy_id", Taxonomies.NEEDS_ID))).containsExactlyInAnyOrder(WALK, CHOIR, PHONE);
        assertThat(names(services("taxonomy_id", Taxonomies.CATEGORIES_ID)))
                .containsExactlyInAnyOrder(WALK, CHOIR, YOUTH, OLD);
        // counted from the relationships when the taxonomy is the only filter, activity by activity otherwise
        assertThat(services("taxonomy_id", Taxonomies.NEEDS_ID).path("total_items").asLong()).isEqualTo(3);
        assertThat(services("taxonomy_id", Taxonomies.CATEGORIES_ID, "per_page", "1").path("total_pages").asLong())
                .isEqualTo(4);
        assertThat(services("taxonomy_id", Taxonomies.NEEDS_ID, "day", "SA").path("total_items").asLong()).isEqualTo(1);
        var atLocations = servicesAtLocations("taxonomy_id", Taxonomies.NEEDS_ID);
        assertThat(names(atLocations)).as("the telephone befriending has no venue").containsExactlyInAnyOrder(WALK, CHOIR);
        assertThat(atLocations.path("total_items").asLong()).isEqualTo(2);
    }

    @Test
    void servicesAtLocationsAreTheActivitiesHeldAtAVenueCountedEitherWay() throws Exception {
        var some = servicesAtLocations("per_page", "2");
        assertThat(some.path("total_items").asLong()).as("one of six has no venue").isEqualTo(5);
        assertThat(names(servicesAtLocations("per_page", "10"))).containsExactlyInAnyOrder(WALK, CHOIR, YOUTH, OLD, CRAFT);

        // with every activity held somewhere, the store's own counts say so and nothing is checked one by one
        neo4j.query("MATCH (a:Activity {name: $name}) DETACH DELETE a").bind(PHONE).to("name").run();
        var pages = new ArrayList<String>();
        for (int page = 1; page <= 3; page++) {
            var answer = servicesAtLocations("per_page", "2", "page", String.valueOf(page));
            assertThat(answer.path("total_items").asLong()).isEqualTo(5);
            assertThat(answer.path("total_pages").asLong()).isEqualTo(3);
            pages.addAll(names(answer));
        }
        assertThat(pages).containsExactlyInAnyOrder(WALK, CHOIR, YOUTH, OLD, CRAFT);
        assertThat(servicesAtLocations("taxonomy_id", Taxonomies.NEEDS_ID).path("total_items").asLong()).isEqualTo(2);
    }

    @Test
    void anOrganizationFindsWhatItRuns() throws Exception {
        assertThat(names(services("organization_id", PublicIds.ORGANIZATION.of("g-choir"))))
                .containsExactlyInAnyOrder(CHOIR, PHONE);
        assertThat(names(servicesAtLocations("organization_id", PublicIds.ORGANIZATION.of("g-choir"))))
                .as("the telephone befriending has no venue").containsExactly(CHOIR);
        assertThat(names(services("organization_id", PublicIds.ORGANIZATION.of("g-nobody")))).isEmpty();
    }

    @Test
    void modifiedAfterFindsChangesSinceThenOldestFirst() throws Exception {
        assertThat(names(services("modified_after", "2026-09-01T00:00:00Z"))).containsExactly(PHONE, YOUTH, WALK);
        assertThat(names(services("modified_after", "2026-10-15"))).containsExactly(WALK);
    }

    @Test
    void aPostcodeAndProximityFindWhatIsHeldWithinThatDistance() throws Exception {
        assertThat(names(services("postcode", "DE56", "proximity", "2000")))
                .containsExactlyInAnyOrder(WALK, YOUTH, OLD, CRAFT);
        assertThat(names(services("postcode", "de56 1uu"))).as("5 km by default")
                .containsExactlyInAnyOrder(WALK, YOUTH, OLD, CRAFT);
        assertThat(names(services("postcode", "DE56", "proximity", "25000")))
                .containsExactlyInAnyOrder(WALK, YOUTH, OLD, CRAFT, CHOIR);
        assertThat(names(servicesAtLocations("postcode", "DE56", "proximity", "2000")))
                .containsExactlyInAnyOrder(WALK, YOUTH, OLD, CRAFT);
    }

    @Test
    void agesFollowTheProfilesWords() throws Exception {
        // minimum_age: a minimum of at least this (none counts as 0); maximum_age: a maximum at or below this
        assertThat(names(services("minimum_age", "18"))).containsExactlyInAnyOrder(CHOIR, PHONE);
        assertThat(names(services("maximum_age", "17"))).containsExactly(YOUTH);
        assertThat(names(services("maximum_age", "16"))).isEmpty();
    }

    @Test
    void dayAndTimesFindWhenItMeets() throws Exception {
        assertThat(names(services("day", "SA"))).containsExactly(CHOIR);
        assertThat(names(services("day", "th"))).containsExactly(YOUTH);
        assertThat(names(services("day", "Friday"))).containsExactly(WALK);
        assertThat(names(services("start_time", "14:00"))).containsExactlyInAnyOrder(CHOIR, YOUTH);
        assertThat(names(services("end_time", "11:30:00"))).containsExactlyInAnyOrder(WALK, OLD);
    }

    @Test
    void filtersCombineWithAnd() throws Exception {
        assertThat(names(services("taxonomy_term_id", PublicIds.CATEGORY.of("WALKING"), "day", "FR")))
                .containsExactly(WALK);
        assertThat(names(services("search", "walk", "postcode", "DE56", "minimum_age", "11"))).containsExactly(YOUTH);
        assertThat(names(services("organization_id", PublicIds.ORGANIZATION.of("g-walkers"), "modified_after",
                "2026-09-01", "end_time", "12:00"))).containsExactly(WALK);
    }

    @Test
    void wordsWithATermAreCountedAndPagedInOnePass() throws Exception {
        var first = services("search", "walk", "taxonomy_term_id", PublicIds.CATEGORY.of("WALKING"), "per_page", "2");
        var second = services("search", "walk", "taxonomy_term_id", PublicIds.CATEGORY.of("WALKING"), "per_page", "2",
                "page", "2");
        assertThat(first.path("total_items").asLong()).isEqualTo(3);
        assertThat(second.path("total_items").asLong()).isEqualTo(3);
        assertThat(second.path("last_page").asBoolean()).isTrue();
        var all = new ArrayList<>(names(first));
        all.addAll(names(second));
        assertThat(all).containsExactlyInAnyOrder(WALK, YOUTH, OLD);
        assertThat(names(services("search", "walk", "taxonomy_term_id", PublicIds.CATEGORY.of("WALKING"),
                "modified_after", "2026-09-01"))).as("in order of change").containsExactly(YOUTH, WALK);
    }

    @Test
    void changesStampedAlikeArePagedEachOnce() throws Exception {
        neo4j.query("MATCH (a:Activity) SET a.updatedAt = datetime('2026-11-01T09:00:00Z')").run();
        var seen = new ArrayList<String>();
        for (int page = 1; page <= 6; page++) {
            var answer = services("modified_after", "2026-10-31", "per_page", "1", "page", String.valueOf(page));
            assertThat(answer.path("total_items").asLong()).isEqualTo(6);
            seen.addAll(names(answer));
        }
        assertThat(seen).containsExactlyInAnyOrder(WALK, CHOIR, YOUTH, PHONE, OLD, CRAFT);
    }

    @Test
    void badFiltersAreProblemsNamingEachParameter() throws Exception {
        mvc.perform(get("/openreferral/services").param("modified_after", "yesterday").param("day", "Funday")
                        .param("proximity", "-3").param("minimum_age", "old").param("start_time", "9am")
                        .param("organization_id", "g-choir"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.modified_after").exists())
                .andExpect(jsonPath("$.errors.day").exists())
                .andExpect(jsonPath("$.errors.proximity").exists())
                .andExpect(jsonPath("$.errors.minimum_age").exists())
                .andExpect(jsonPath("$.errors.start_time").exists())
                .andExpect(jsonPath("$.errors.organization_id").exists());
        mvc.perform(get("/openreferral/services").param("postcode", "ZZ99"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.postcode").exists());
    }

    @Test
    void pagesAreCountedFromOneAndAddUp() throws Exception {
        var first = services("per_page", "4");
        var second = services("per_page", "4", "page", "2");
        var beyond = services("per_page", "4", "page", "3");

        assertThat(first.path("total_pages").asLong()).isEqualTo(2);
        assertThat(first.path("first_page").asBoolean()).isTrue();
        assertThat(first.path("last_page").asBoolean()).isFalse();
        assertThat(second.path("size").asInt()).isEqualTo(2);
        assertThat(second.path("last_page").asBoolean()).isTrue();
        var all = new ArrayList<>(names(first));
        all.addAll(names(second));
        assertThat(all).containsExactlyInAnyOrder(WALK, CHOIR, YOUTH, PHONE, OLD, CRAFT);
        assertThat(beyond.path("empty").asBoolean()).isTrue();
        assertThat(beyond.path("contents").size()).isZero();
    }

    @Test
    void badPagingIsAProblemNamingTheParameter() throws Exception {
        for (var bad : List.of(new String[] {"page", "0"}, new String[] {"page", "two"}, new String[] {"per_page", "0"},
                new String[] {"per_page", "201"}, new String[] {"per_page", "-5"})) {
            mvc.perform(get("/openreferral/services").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors." + bad[0]).exists());
        }
        mvc.perform(get("/openreferral/organizations").param("per_page", "1000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.per_page").exists());
    }

    private JsonNode services(String... parameters) throws Exception {
        return answer(with(get("/openreferral/services"), parameters));
    }

    /** Each service_at_location's service name. */
    private JsonNode servicesAtLocations(String... parameters) throws Exception {
        var page = answer(with(get("/openreferral/service_at_locations"), parameters));
        assertThat(schemaErrors("service_at_location_list.json", page)).isEmpty();
        return page;
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String... parameters) {
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    private JsonNode answer(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private List<String> schemaErrors(String schema, JsonNode answer) {
        return OrukSchemas.errors(schema, json.writeValueAsString(answer));
    }

    /** The names of a page's services (of a service_at_location: its service's). */
    static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.path("contents").forEach(item -> names.add(item.has("service")
                ? item.path("service").path("name").asString() : item.path("name").asString()));
        return names;
    }
}
