package org.hedgerow.referral;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@link TestAccounts} network with activities to refer to: Pat's walk in Belper (one space left), Quinn's
 * singing in Glossop (no limit) and an archived walk; two needs; and a second link worker, {@code kim}, who
 * made none of the referrals, for "someone else's referral". Requests go through the real API.
 */
abstract class ReferralApiTest extends ApiTest {

    static final String WALK = "a-walk";
    static final String SING = "a-sing";
    static final String ARCHIVED_WALK = "a-archived";

    MockHttpSession sessionOf(String username) throws Exception {
        return browsers.of(username);
    }

    @BeforeEach
    void createNetwork() {
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                MATCH (pcn:Pcn {id: 'p-belper'})
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (:Need {code: 'INACTIVITY', name: 'Inactivity', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: $walk, name: 'Tuesday towpath walk', status: 'ACTIVE',
                        capacity: 12, spacesLeft: 1, cost: 'FREE', version: 0})
                CREATE (choir)-[:RUNS]->(:Activity {id: $sing, name: 'Community singing', status: 'ACTIVE',
                        cost: 'FREE', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: $archived, name: 'Winter walk', status: 'ARCHIVED',
                        cost: 'FREE', version: 0})
                CREATE (:LinkWorker {id: 'w-kim', name: 'Kim', version: 0})-[:WORKS_FOR]->(pcn)
                """).bind(WALK).to("walk").bind(SING).to("sing").bind(ARCHIVED_WALK).to("archived").run();
        provisioning.openDemoAccounts(List.of(
                new NewAccount("kim", "Kim", Role.LINK_WORKER, "w-kim", null, TestAccounts.PASSWORD)),
                TestAccounts.PASSWORD);
        events.clear();
    }

    static String newReferral(String activity) {
        return """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Recently bereaved; keen on walking.",
                 "participant": {"reference": "BEL-0142", "contact": "Phone 07700 900123, prefers mornings",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2025-03-04T10:15:00Z"}}}"""
                .formatted(activity);
    }

    /** Lee refers someone to the activity; returns the new referral's id. */
    String refer(String activity) throws Exception {
        var body = as("lee", HttpMethod.POST, "/api/referrals", newReferral(activity))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    ResultActions move(String username, String id, String json) throws Exception {
        return as(username, HttpMethod.POST, "/api/referrals/" + id + "/status", json);
    }

    /** Moves the referral on as the given person, from the version it is at now. */
    ResultActions move(String username, String id, ReferralStatus to, String extra) throws Exception {
        return move(username, id, """
                {"status": "%s", "version": %d%s}""".formatted(to, version(id), extra == null ? "" : ", " + extra));
    }

    /** A request as one of the fixture's people ({@code null}: nobody signed in), with a JSON body if given. */
    ResultActions as(String username, HttpMethod method, String path, String json) throws Exception {
        return browsers.request(username, method, path, json);
    }

    long version(String id) {
        return TestAccounts.version(neo4j, "Referral", id);
    }

    long audited(String kind, String subjectId) {
        return neo4j.query("MATCH (e:AuditEvent {kind: $kind, subjectId: $subject}) RETURN count(e)")
                .bind(kind).to("kind").bind(subjectId).to("subject").fetchAs(Long.class).one().orElseThrow();
    }

    long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }
}
