package org.hedgerow.openreferral;

import java.nio.charset.StandardCharsets;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the directory of {@link FeedGraph} reads as ORUK records, and who may read it. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedMappingTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void graph() {
        FeedGraph.create(neo4j);
    }

    @Test
    void theRootSaysWhichStandardItFollows() throws Exception {
        mvc.perform(get("/openreferral/"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("HSDS-UK-3.0"))
                .andExpect(jsonPath("$.openapi_url").value("https://openreferraluk.org/specifications/3.0/openapi.json"));
        mvc.perform(get("/openreferral")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value("HSDS-UK-3.0"));
    }

    @Test
    void aWeeklyActivityIsAWeeklyScheduleOnItsDaysAndTimes() throws Exception {
        var walk = service("a-walk");
        var schedule = walk.path("schedules").get(0);

        assertThat(schedule.path("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedule.path("byday").asString()).isEqualTo("FR");
        assertThat(schedule.path("opens_at").asString()).isEqualTo("10:00:00");
        assertThat(schedule.path("closes_at").asString()).isEqualTo("11:30:00");
        assertThat(schedule.path("description").asString()).isEqualTo("every Friday 10:00–11:30");
        assertThat(schedule.has("interval")).isFalse();
    }

    @Test
    void theFirstSaturdayOfTheMonthIsMonthlyOn1SA() throws Exception {
        var schedule = service("a-choir").path("schedules").get(0);

        assertThat(schedule.path("freq").asString()).isEqualTo("MONTHLY");
        assertThat(schedule.path("byday").asString()).isEqualTo("1SA");
        assertThat(schedule.path("opens_at").asString()).isEqualTo("14:00:00");
        assertThat(schedule.path("description").asString()).isEqualTo("first Saturday of the month 14:00–16:00");
    }

    @Test
    void aFortnightlyActivityIsWeeklyEveryTwoWeeksFromHedgerowsFirstFortnight() throws Exception {
        var schedule = service("a-youth").path("schedules").get(0);

        assertThat(schedule.path("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedule.path("interval").asInt()).isEqualTo(2);
        assertThat(schedule.path("byday").asString()).isEqualTo("TU,TH");
        assertThat(schedule.path("dtstart").asString()).isEqualTo("2024-01-01");
    }

    @Test
    void anArchivedActivityOrOneOfAnArchivedGroupIsInactive() throws Exception {
        assertThat(service("a-old").path("status").asString()).isEqualTo("inactive");
        assertThat(service("a-craft").path("status").asString()).isEqualTo("inactive");
        assertThat(service("a-walk").path("status").asString()).isEqualTo("active");
    }

    @Test
    void aServiceCarriesItsOrganizationPlaceCostAgesAndTerms() throws Exception {
        var choir = service("a-choir");

        assertThat(choir.path("organization_id").asString()).isEqualTo(PublicIds.ORGANIZATION.of("g-choir"));
        assertThat(choir.path("organization").has("website")).as("not a web address: left out").isFalse();
        assertThat(choir.path("organization").path("description").asString()).as("none given: its name")
                .isEqualTo("Towpath Voices");
        assertThat(choir.path("minimum_age").asInt()).isEqualTo(18);
        assertThat(choir.has("maximum_age")).isFalse();
        assertThat(choir.path("last_modified").asString()).isEqualTo("2026-06-01T09:00:00Z");
        assertThat(choir.path("cost_options").get(0).path("option").asString()).isEqualTo("Fee");
        assertThat(choir.path("cost_options").get(0).path("amount_description").asString()).isEqualTo("£3 a session");
        var terms = new ArrayList<String>();
        choir.path("attributes").forEach(attribute -> terms.add(attribute.path("taxonomy_term").path("term").asString()));
        assertThat(terms).containsExactly("MUSIC", "STRESS");
        var location = choir.path("service_at_locations").get(0).path("location");
        assertThat(location.path("name").asString()).isEqualTo("Erewash Canal towpath");
        assertThat(location.path("addresses").size()).as("no street address: no postal address").isZero();

        var walk = service("a-walk");
        assertThat(walk.path("cost_options").get(0).path("amount").asInt()).isZero();
        var address = walk.path("service_at_locations").get(0).path("location").path("addresses").get(0);
        assertThat(address.path("address_1").asString()).isEqualTo("Derby Road, Belper");
        assertThat(address.path("city").asString()).isEqualTo("Belper");
        assertThat(address.path("state_province").asString()).isEqualTo("Derby and Derbyshire");
        assertThat(address.path("postal_code").asString()).isEqualTo("DE56 1UU");
        assertThat(address.path("country").asString()).isEqualTo("GB");
    }

    @Test
    void idsAreUuidsThatStayTheSameForTheLifeOfAListing() throws Exception {
        String id = PublicIds.SERVICE.of("a-walk");
        assertThat(id).as("v5 of service:a-walk under the namespace, as Python's uuid.uuid5 computes it")
                .isEqualTo("832787bb-7f72-5bf3-8aaf-4cf16703bdca");
        assertThat(service("a-walk").path("id").asString()).isEqualTo(id);

        neo4j.query("MATCH (a:Activity {id: 'a-walk'}) SET a.name = 'Friday walk and talk', "
                + "a.updatedAt = datetime()").run();
        neo4j.query("MATCH (a:Activity {id: 'a-walk'}), (v:Venue {id: 'v-towpath'}) "
                + "MATCH (a)-[h:HELD_AT]->() DELETE h CREATE (a)-[:HELD_AT]->(v)").run();

        var renamed = service("a-walk");
        assertThat(renamed.path("id").asString()).isEqualTo(id);
        assertThat(renamed.path("name").asString()).isEqualTo("Friday walk and talk");
        assertThat(renamed.path("service_at_locations").get(0).path("id").asString())
                .isEqualTo(PublicIds.SERVICE_AT_LOCATION.of("a-walk"));
    }

    @Test
    void aListingAddedAfterTheIdsWereReadIsFound() throws Exception {
        service("a-walk"); // the feed has now read every id
        neo4j.query("""
                MATCH (g:Group {id: 'g-walkers'})
                CREATE (g)-[:RUNS]->(:Activity {id: 'a-new', name: 'New walk', status: 'ACTIVE', days: ['SUNDAY'],
                        updatedAt: datetime()})""").run();
        Thread.sleep(FeedIndex.FRESH_FOR.toMillis() + 100);

        assertThat(service("a-new").path("name").asString()).isEqualTo("New walk");
    }

    @Test
    void organizationsAndTaxonomiesAreListedAndFoundById() throws Exception {
        var organizations = page("/openreferral/organizations");
        assertThat(FeedFilterTests.names(organizations))
                .containsExactlyInAnyOrder("Belper Friendship Walkers", "Towpath Voices", "Craft friends");
        mvc.perform(get("/openreferral/organizations/" + PublicIds.ORGANIZATION.of("g-walkers")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.website").value("https://walkers.example.org"))
                .andExpect(jsonPath("$.services.length()").value(3));

        var taxonomies = page("/openreferral/taxonomies");
        assertThat(FeedFilterTests.names(taxonomies)).containsExactly(Taxonomies.CATEGORIES_NAME, Taxonomies.NEEDS_NAME);
        mvc.perform(get("/openreferral/taxonomies/" + Taxonomies.NEEDS_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxonomy_terms.length()").value(2));
        var terms = page("/openreferral/taxonomy_terms?taxonomy_id=" + Taxonomies.CATEGORIES_ID);
        assertThat(FeedFilterTests.names(terms)).containsExactly("Music and singing", "Walking");
        mvc.perform(get("/openreferral/taxonomy_terms/" + PublicIds.CATEGORY.of("WALKING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.term").value("WALKING"))
                .andExpect(jsonPath("$.taxonomy_id").value(Taxonomies.CATEGORIES_ID));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        for (var path : List.of("/services/" + PublicIds.SERVICE.of("a-nothing"), "/services/a-walk",
                "/service_at_locations/" + PublicIds.SERVICE_AT_LOCATION.of("a-phone"),
                "/organizations/" + PublicIds.SERVICE.of("a-walk"), "/taxonomies/" + PublicIds.SERVICE.of("a-walk"),
                "/taxonomy_terms/" + PublicIds.CATEGORY.of("NOPE"))) {
            mvc.perform(get("/openreferral" + path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void anyoneAnywhereMayReadItAndNothingElseIsOpenedToOtherOrigins() throws Exception {
        mvc.perform(get("/openreferral/services")) // nobody signed in, no Origin
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Access-Control-Allow-Origin", "*"));
        mvc.perform(get("/openreferral/services").header("Origin", "https://council.example.gov.uk"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Access-Control-Allow-Origin", "*"));
        mvc.perform(options("/openreferral/services").header("Origin", "https://council.example.gov.uk")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Access-Control-Allow-Origin", "*"));
        mvc.perform(get("/openreferral/services/" + PublicIds.SERVICE.of("a-nothing")))
                .andExpect(status().isNotFound())
                .andExpect(header().stringValues("Access-Control-Allow-Origin", "*"));
        mvc.perform(get("/openreferral/services")).andExpect(header().doesNotExist("Set-Cookie"));

        mvc.perform(get("/api/categories").header("Origin", "https://council.example.gov.uk"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        mvc.perform(post("/openreferral/services").header("Origin", "https://council.example.gov.uk"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void noPersonEverAppearsInTheFeed() throws Exception {
        var answers = new ArrayList<String>();
        for (var list : FeedWalk.LISTS) {
            String page = body(list.path() + "?per_page=200");
            answers.add(page);
            for (var item : json.readTree(page).path("contents")) {
                answers.add(body(list.path() + "/" + item.path("id").asString()));
            }
        }
        assertThat(answers).hasSize(5 + 6 + 2 + 4 + 3 + 5);
        for (String answer : answers) {
            assertThat(answer).doesNotContain(FeedGraph.ORGANISER_NAME, FeedGraph.PARTICIPANT_REFERENCE,
                    FeedGraph.PARTICIPANT_CONTACT, FeedGraph.REFERRAL_REASON, FeedGraph.PERSONAL_EMAIL, "contacts",
                    "email");
        }
    }

    @Test
    void everyAnswerOfTheSmallDirectoryPassesTheSchemas() throws Exception {
        var walk = new FeedWalk(mvc);
        assertThat(walk.walk()).isEmpty();
    }

    private JsonNode service(String activityId) throws Exception {
        String body = body("/openreferral/services/" + PublicIds.SERVICE.of(activityId));
        assertThat(OrukSchemas.errors("service.json", body)).isEmpty();
        return json.readTree(body);
    }

    private JsonNode page(String path) throws Exception {
        return json.readTree(body(path));
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
