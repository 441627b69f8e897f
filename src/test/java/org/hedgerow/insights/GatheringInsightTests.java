package org.hedgerow.insights;

import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Connections made at gatherings, month by month, on a graph built by hand on {@link TestAccounts}' places (Fran
 * facilitates Amber Valley ⊃ Belper; Glossop is in High Peak). Over March to May 2026:
 * <ul>
 * <li>Belper, 10 March: walkers and choir said yes; 2 connections made there, 1 plan;</li>
 * <li>Belper, 31 March 23:30 UTC, which is 1 April 00:30 in Derbyshire (summer time): walkers said yes; 1
 * connection; so it counts in April;</li>
 * <li>Amber Valley, 20 May: nobody answered; no connections; 2 plans;</li>
 * <li>Glossop, 15 March (outside Amber Valley): 3 connections; Belper, 27 February (before the period): 1.</li>
 * </ul>
 * Worked by hand for Amber Valley: March 1 gathering, 2 yes, 2 connections, 1 plan; April 1, 1, 1, 0; May 1, 0, 0, 2.
 * For the whole of Derby and Derbyshire March adds Glossop's: 2 gatherings, 5 connections.
 */
class GatheringInsightTests extends ApiTest {

    static final String PERIOD = "from=2026-03-01&to=2026-05-31";

    @BeforeEach
    void gatherings() {
        neo4j.query("""
                MATCH (amber:Locality {code: 'AMBER'}), (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                CREATE (march:Gathering {id: 'gm', title: 'March', startsAt: datetime('2026-03-10T18:00:00Z'), version: 0})-[:HELD_IN]->(belper)
                CREATE (walkers)-[:INVITED_TO {answer: 'YES'}]->(march), (choir)-[:INVITED_TO {answer: 'YES'}]->(march)
                CREATE (:Introduction {id: 'i1'})-[:MADE_AT]->(march), (:Introduction {id: 'i2'})-[:MADE_AT]->(march)
                CREATE (:Post {id: 'p1'})-[:PLANNED_AT]->(march)
                CREATE (late:Gathering {id: 'gl', title: 'Late', startsAt: datetime('2026-03-31T23:30:00Z'), version: 0})-[:HELD_IN]->(belper)
                CREATE (walkers)-[:INVITED_TO {answer: 'YES'}]->(late), (choir)-[:INVITED_TO {answer: 'NO'}]->(late)
                CREATE (:Introduction {id: 'i3'})-[:MADE_AT]->(late)
                CREATE (may:Gathering {id: 'gy', title: 'May', startsAt: datetime('2026-05-20T10:00:00Z'), version: 0})-[:HELD_IN]->(amber)
                CREATE (walkers)-[:INVITED_TO]->(may)
                CREATE (:Post {id: 'p2'})-[:PLANNED_AT]->(may), (:Post {id: 'p3'})-[:PLANNED_AT]->(may)
                CREATE (peak:Gathering {id: 'gp', title: 'Peak', startsAt: datetime('2026-03-15T10:00:00Z'), version: 0})-[:HELD_IN]->(glossop)
                CREATE (:Introduction {id: 'i4'})-[:MADE_AT]->(peak), (:Introduction {id: 'i5'})-[:MADE_AT]->(peak),
                       (:Introduction {id: 'i6'})-[:MADE_AT]->(peak)
                CREATE (early:Gathering {id: 'ge', title: 'Early', startsAt: datetime('2026-02-27T10:00:00Z'), version: 0})-[:HELD_IN]->(belper)
                CREATE (:Introduction {id: 'i7'})-[:MADE_AT]->(early)
                """).run();
    }

    @Test
    void aFacilitatorsPlaceMonthByMonthWithTheMonthAsItIsInDerbyshire() throws Exception {
        as("fran", "/api/insights/gatherings?" + PERIOD).andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("AMBER"))
                .andExpect(jsonPath("$.months[*].month", contains("2026-03", "2026-04", "2026-05")))
                .andExpect(jsonPath("$.months[*].gatherings", contains(1, 1, 1)))
                .andExpect(jsonPath("$.months[*].groupsSaidYes", contains(2, 1, 0)))
                .andExpect(jsonPath("$.months[*].connections", contains(2, 1, 0)))
                .andExpect(jsonPath("$.months[*].plans", contains(1, 0, 2)))
                .andExpect(jsonPath("$.gatherings").value(3))
                .andExpect(jsonPath("$.connections").value(3))
                .andExpect(jsonPath("$.plans").value(3));
    }

    @Test
    void theWholeAreaAddsTheGatheringsOfEveryPlaceAndSmallCountsAreShownAsTheyAre() throws Exception {
        as("ada", "/api/insights/gatherings?locality=DDICS&" + PERIOD)
                .andExpect(jsonPath("$.months[0].gatherings").value(2))
                .andExpect(jsonPath("$.months[0].connections").value(5))
                .andExpect(jsonPath("$.months[1].connections").value(1))
                .andExpect(jsonPath("$.gatherings").value(4))
                .andExpect(jsonPath("$.connections").value(6));
        as("ada", "/api/insights/gatherings?locality=GLOSSOP&from=2026-02-01&to=2026-02-28")
                .andExpect(jsonPath("$.months[*].month", contains("2026-02")))
                .andExpect(jsonPath("$.months[0].gatherings").value(0));
    }

    @Test
    void asACsvFileOneLinePerMonth() throws Exception {
        as("fran", "/api/insights/gatherings.csv?" + PERIOD).andExpect(status().isOk())
                .andExpect(content().string(containsString("month,gatherings,groupsSaidYes,connections,plans")))
                .andExpect(content().string(containsString("2026-04,1,1,1,0")));
    }

    @Test
    void onlyFacilitatorsWithinTheirPlaceAndAdminsSeeIt() throws Exception {
        as("pat", "/api/insights/gatherings").andExpect(status().isForbidden());
        as("lee", "/api/insights/gatherings").andExpect(status().isForbidden());
        as("fran", "/api/insights/gatherings?locality=GLOSSOP").andExpect(status().isForbidden());
        as("fran", "/api/insights/gatherings?locality=NOWHERE").andExpect(status().isNotFound());
    }

    private ResultActions as(String username, String path) throws Exception {
        return browsers.request(username, HttpMethod.GET, path, null);
    }
}
