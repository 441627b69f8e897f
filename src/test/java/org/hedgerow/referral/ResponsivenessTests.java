package org.hedgerow.referral;

import java.util.List;
import java.util.Map;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestBrowsers;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How a listing answers, from referral events built by hand on {@link TestAccounts}' network. Pat's Belper Walkers
 * run a walk and a coffee morning; Quinn's Glossop Choir sings. Referrals to the walk (hours from made to the
 * group's first answer): W1 accepted after 24, W2 accepted after 48, W3 declined after 72, W4 accepted after 120
 * and later declined (its first answer counts), W5 accepted after 12; W6 still waiting; W7 withdrawn by the link
 * worker after 24 (no answer); W8 declined after 24 but made 400 days ago (outside the twelve months). So the walk
 * has 5 answers, median 48 hours = 2 days, 4 of 5 accepted. The coffee morning's C1 was accepted after 102 hours,
 * so the group has 6 answers: 12, 24, 48, 72, 102, 120 hours, median 60 hours, within 3 days; 5 of 6 accepted.
 * The choir answered 4 referrals, too few to show.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsivenessTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    TestBrowsers browsers;

    @BeforeAll
    void buildTheNetwork() {
        TestAccounts.create(neo4j, provisioning);
        browsers = new TestBrowsers(mvc);
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-walk', name: 'Walk', status: 'ACTIVE', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-coffee', name: 'Coffee', status: 'ACTIVE', version: 0})
                CREATE (choir)-[:RUNS]->(:Activity {id: 'a-sing', name: 'Singing', status: 'ACTIVE', version: 0})
                """).run();
        var rows = List.of(
                referral("W1", "a-walk", 100, List.of(answer("ACCEPTED", 24))),
                referral("W2", "a-walk", 90, List.of(answer("ACCEPTED", 48))),
                referral("W3", "a-walk", 80, List.of(answer("DECLINED", 72))),
                referral("W4", "a-walk", 70, List.of(answer("DECLINED", 200), answer("ACCEPTED", 120))),
                referral("W5", "a-walk", 60, List.of(answer("ACCEPTED", 12))),
                referral("W6", "a-walk", 50, List.of()),
                referral("W7", "a-walk", 40, List.of(answer("WITHDRAWN", 24))),
                referral("W8", "a-walk", 400, List.of(answer("DECLINED", 24))),
                referral("C1", "a-coffee", 30, List.of(answer("ACCEPTED", 102))),
                referral("S1", "a-sing", 30, List.of(answer("ACCEPTED", 1))),
                referral("S2", "a-sing", 30, List.of(answer("ACCEPTED", 1))),
                referral("S3", "a-sing", 30, List.of(answer("ACCEPTED", 1))),
                referral("S4", "a-sing", 30, List.of(answer("DECLINED", 1))));
        neo4j.query("""
                UNWIND $rows AS row
                MATCH (w:LinkWorker {id: 'w-lee'}), (a:Activity {id: row.activity})
                CREATE (p:Participant {id: 'p-' + row.id, reference: 'REF-' + row.id, consent: true})
                CREATE (r:Referral {id: row.id, status: 'SENT', version: 0,
                        createdAt: datetime() - duration({days: row.daysAgo})})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(w), (r)-[:TO]->(a)
                CREATE (r)-[:HAD]->(:ReferralEvent {status: 'SENT', at: r.createdAt, version: 0})
                WITH r, row
                UNWIND range(0, size(row.answers) - 1) AS i
                WITH r, row.answers[i] AS e, i
                CREATE (r)-[:HAD]->(:ReferralEvent {status: e.status, at: r.createdAt + duration({hours: e.hours}),
                                                    version: i + 1})
                """).bind(rows).to("rows").run();
    }

    private static Map<String, Object> referral(String id, String activity, int daysAgo,
                                                List<Map<String, Object>> answers) {
        return Map.of("id", id, "activity", activity, "daysAgo", daysAgo, "answers", answers);
    }

    private static Map<String, Object> answer(String status, int hoursAfter) {
        return Map.of("status", status, "hours", hoursAfter);
    }

    ResultActions as(String username, String path) throws Exception {
        return browsers.request(username, HttpMethod.GET, path, null);
    }

    @Test
    void anActivityUsuallyRepliesWithinTheMedianTimeToItsFirstAnswer() throws Exception {
        as("lee", "/api/activities/a-walk/responsiveness")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(5))
                .andExpect(jsonPath("$.usuallyRepliesWithinDays").value(2))
                .andExpect(jsonPath("$.acceptedShare").value(0.8))
                .andExpect(jsonPath("$.notShownBecause").value(nullValue()));
    }

    @Test
    void aGroupAnswersOverAllItsActivities() throws Exception {
        as("quinn", "/api/groups/g-belper-walkers/responsiveness")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(6))
                .andExpect(jsonPath("$.usuallyRepliesWithinDays").value(3))
                .andExpect(jsonPath("$.acceptedShare").value(0.83));
    }

    @Test
    void fewerThanFiveAnswersShowNothingAndSayWhy() throws Exception {
        for (String path : List.of("/api/activities/a-sing/responsiveness", "/api/groups/g-glossop-choir/responsiveness",
                "/api/activities/a-coffee/responsiveness")) {
            as("pat", path)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.answered").value(nullValue()))
                    .andExpect(jsonPath("$.usuallyRepliesWithinDays").value(nullValue()))
                    .andExpect(jsonPath("$.acceptedShare").value(nullValue()))
                    .andExpect(jsonPath("$.notShownBecause")
                            .value("Fewer than 5 referrals answered in the last 12 months."));
        }
    }

    @Test
    void anySignedInUserMaySeeItButNotThePublic() throws Exception {
        for (String who : List.of("pat", "lee", "fran", "ada")) {
            as(who, "/api/activities/a-walk/responsiveness").andExpect(status().isOk());
        }
        as(null, "/api/activities/a-walk/responsiveness").andExpect(status().isUnauthorized());
        as(null, "/api/groups/g-belper-walkers/responsiveness").andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownListingIsNotFound() throws Exception {
        as("lee", "/api/activities/a-nowhere/responsiveness").andExpect(status().isNotFound());
        as("lee", "/api/groups/g-nowhere/responsiveness").andExpect(status().isNotFound());
    }
}
