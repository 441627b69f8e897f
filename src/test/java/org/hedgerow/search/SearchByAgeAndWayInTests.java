package org.hedgerow.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.GraphTest;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hedgerow.search.SearchGraph.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching for a person of an age and by how they can join, and the next sessions a result shows, on
 * {@link SearchGraph} with these added by hand:
 * <ul>
 * <li>ages: Chair yoga 50+, Telephone friends 65+, Digital help 18–65, the others none;</li>
 * <li>ways in: Chevin walk SIGNPOSTING_ONLY, Telephone friends REFERRAL_NEEDED, the others none given, so by
 * the rule a drop-in without a capacity (Towpath walk, Coffee morning, Manor Park walk) and book ahead with one
 * (Canal Choir, Digital help, Chair yoga);</li>
 * <li>the Towpath walk (every Tuesday 10:00–11:30) is cancelled next Tuesday.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchByAgeAndWayInTests extends GraphTest {

    private final LocalDate tuesday = LocalDate.now(NetworkZone.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;

    @BeforeAll
    void buildTheNetwork() {
        SearchGraph.create(neo4j);
        neo4j.query("""
                MATCH (yoga:Activity {id: 'a-chair-yoga'}), (phone:Activity {id: 'a-telephone-friends'}),
                      (digital:Activity {id: 'a-digital-help'}), (chevin:Activity {id: 'a-chevin-walk'}),
                      (towpath:Activity {id: 'a-towpath-walk'})
                SET yoga.minimumAge = 50, phone.minimumAge = 65, phone.wayIn = 'REFERRAL_NEEDED',
                    digital.minimumAge = 18, digital.maximumAge = 65, chevin.wayIn = 'SIGNPOSTING_ONLY'
                CREATE (towpath)-[:HAS_SESSION_CHANGE]->(:SessionChange {id: 'a-towpath-walk@' + toString($tuesday),
                        date: $tuesday, status: 'CANCELLED', note: 'The towpath is flooded'})
                """).bind(tuesday).to("tuesday").run();
    }

    @Test
    void anAgeFindsTheActivitiesWhoseRangeHoldsIt() throws Exception {
        assertThat(names(search("age", "30"))).containsExactly(CANAL_CHOIR, CHEVIN_WALK, COFFEE_MORNING, DIGITAL_HELP,
                MANOR_PARK_WALK, TOWPATH_WALK);
        assertThat(names(search("age", "70"))).containsExactly(CANAL_CHOIR, CHAIR_YOGA, CHEVIN_WALK, COFFEE_MORNING,
                MANOR_PARK_WALK, TELEPHONE_FRIENDS, TOWPATH_WALK);
        assertThat(names(search("age", "65"))).as("both ends are in the range").contains(DIGITAL_HELP, TELEPHONE_FRIENDS);
        assertThat(names(search("age", "12", "q", "walk", "sort", "name"))).containsExactly(CHEVIN_WALK, MANOR_PARK_WALK, TOWPATH_WALK);
    }

    @Test
    void waysInFilterByHowPeopleJoinWithTheDefaultForListingsThatDoNotSay() throws Exception {
        assertThat(names(search("wayIn", "DROP_IN"))).containsExactly(COFFEE_MORNING, MANOR_PARK_WALK, TOWPATH_WALK);
        assertThat(names(search("wayIn", "book_ahead,REFERRAL_NEEDED"))).containsExactly(CANAL_CHOIR, CHAIR_YOGA,
                DIGITAL_HELP, TELEPHONE_FRIENDS);
        assertThat(names(search("wayIn", "SIGNPOSTING_ONLY"))).containsExactly(CHEVIN_WALK);
        assertThat(names(search("wayIn", "BOOK_AHEAD", "age", "70", "locality", "DDICS")))
                .containsExactly(CANAL_CHOIR, CHAIR_YOGA);
        search("wayIn", "SIGNPOSTING_ONLY").andExpect(jsonPath("$.items[0].wayIn").value("SIGNPOSTING_ONLY"));
        search("q", "yoga").andExpect(jsonPath("$.items[0].minimumAge").value(50))
                .andExpect(jsonPath("$.items[0].wayIn").value("BOOK_AHEAD"));
    }

    @Test
    void anAgeOutOfRangeOrAnUnknownWayInIsABadRequestNamingIt() throws Exception {
        search("age", "121", "wayIn", "WALK_IN").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.age").value("must be a whole number of years from 0 to 120"))
                .andExpect(jsonPath("$.errors.wayIn").value(containsString(
                        "the ways in are DROP_IN, BOOK_AHEAD, REFERRAL_NEEDED, SIGNPOSTING_ONLY")));
        search("age", "-3").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.age").exists());
    }

    @Test
    void aResultShowsItsNextSessionsWithTheirChanges() throws Exception {
        var result = search("q", "towpath").andExpect(jsonPath("$.items[0].nextSessions.length()").value(3));
        List<String> dates = JsonPath.read(body(result), "$.items[0].nextSessions[*].date");
        List<String> statuses = JsonPath.read(body(result), "$.items[0].nextSessions[*].status");
        int cancelled = dates.indexOf(tuesday.toString());
        assertThat(cancelled).as("next Tuesday is among the next three sessions").isNotNegative();
        assertThat(statuses.get(cancelled)).isEqualTo("CANCELLED");
        assertThat(statuses.stream().filter("AS_PLANNED"::equals)).hasSize(2);
        result.andExpect(jsonPath("$.items[0].nextSessions[%d].note".formatted(cancelled))
                .value("The towpath is flooded"));
        search("q", "telephone").andExpect(jsonPath("$.items[0].nextSessions.length()").value(0));
    }

    private ResultActions search(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/activities/search");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    private static List<String> names(ResultActions result) throws Exception {
        result.andExpect(status().isOk());
        return JsonPath.read(body(result), "$.items[*].name");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
