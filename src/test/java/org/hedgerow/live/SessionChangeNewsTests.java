package org.hedgerow.live;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session cancelled or changed is pushed to everyone following the place, and on their own referral queue to
 * whoever has an open referral into the activity; nobody else's queue hears of it, and it never carries who was
 * referred. Real STOMP clients and real REST requests, as in {@link LiveUpdatesTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionChangeNewsTests extends GraphTest {

    static final String WALK = "a-live-tuesday-walk";

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired LiveSender sender;

    LiveClients clients;
    final LocalDate tuesday = LocalDate.now(NetworkZone.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @BeforeEach
    void network() {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (belper:Locality {code: 'BELPER'})
                CREATE (mill:Venue {id: 'v-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (:Venue {id: 'v-strutt', name: 'Strutt Centre', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: $walk, name: 'Tuesday towpath walk', status: 'ACTIVE',
                        days: ['TUESDAY'], frequency: 'WEEKLY', startTime: localtime('10:00'),
                        endTime: localtime('11:30'), cost: 'FREE', version: 0, updatedAt: datetime()})-[:HELD_AT]->(mill)
                CREATE (:LinkWorker {id: 'w-kim', name: 'Kim', version: 0})-[:WORKS_FOR]->(:Pcn {id: 'p-x', name: 'X'})
                """).bind(WALK).to("walk").run();
        provisioning.openDemoAccounts(List.of(
                new NewAccount("kim", "Kim", Role.LINK_WORKER, "w-kim", null, TestAccounts.PASSWORD)),
                TestAccounts.PASSWORD);
        clients = new LiveClients(port);
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void theFollowersOfThePlaceAndWhoeverHasAnOpenReferralThereHearOfItAndNobodyElse() throws Exception {
        var lee = clients.browser("lee");
        var kim = clients.browser("kim");
        lee.json("POST", "/api/referrals", referral("BEL-0142"));
        // Kim referred someone too, then withdrew it: nothing open there any more.
        var withdrawn = kim.json("POST", "/api/referrals", referral("BEL-0143"));
        kim.json("POST", "/api/referrals/" + withdrawn.get("id").asString() + "/status", """
                {"status": "WITHDRAWN", "version": 0}""");
        sender.drain();

        var belper = clients.connect(clients.browser(null)).subscribe("/topic/localities.BELPER");
        var leeHears = clients.connect(lee).subscribe("/user/queue/referrals");
        var kimHears = clients.connect(kim).subscribe("/user/queue/referrals");
        var quinnHears = clients.connect(clients.browser("quinn")).subscribe("/user/queue/referrals");
        var franHears = clients.connect(clients.browser("fran")).subscribe("/user/queue/referrals");

        clients.browser("pat").json("PUT", "/api/activities/" + WALK + "/sessions/" + tuesday, """
                {"status": "CHANGED", "note": "This week at the Strutt Centre instead", "venue": "v-strutt",
                 "startTime": "10:30"}""");

        for (var inbox : List.of(belper, leeHears)) {
            var message = inbox.next();
            assertThat(message.get("type").asString()).isEqualTo("activity.session");
            var data = message.get("data");
            assertThat(data.get("activityId").asString()).isEqualTo(WALK);
            assertThat(data.get("activityName").asString()).isEqualTo("Tuesday towpath walk");
            assertThat(data.get("date").asString()).isEqualTo(tuesday.toString());
            assertThat(data.get("status").asString()).isEqualTo("CHANGED");
            assertThat(data.get("venueName").asString()).isEqualTo("Strutt Centre");
            assertThat(data.get("startTime").asString()).isEqualTo("10:30");
            assertThat(data.get("localityCode").asString()).isEqualTo("BELPER");
            assertThat(message.toString()).as("the activity and the change only, never who was referred")
                    .doesNotContain("BEL-014").doesNotContain("07700").doesNotContain("referralId");
        }

        // The activity's first session change: version 1.
        clients.browser("pat").send("DELETE", "/api/activities/" + WALK + "/sessions/" + tuesday + "?version=1", null);
        assertThat(leeHears.next().get("data").get("status").asString()).as("taken back").isEqualTo("AS_PLANNED");

        sender.drain();
        assertThat(kimHears.messages).as("a link worker whose referral there is closed").isEmpty();
        assertThat(quinnHears.messages).as("a provider of another group").isEmpty();
        assertThat(franHears.messages).as("a facilitator, who follows places instead").isEmpty();
    }

    private static String referral(String reference) {
        return """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Would enjoy company.",
                 "participant": {"reference": "%s", "contact": "Phone 07700 900123",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}"""
                .formatted(WALK, reference);
    }
}
