package org.hedgerow.live;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New notifications are pushed to the person's own notification queue after commit, with no content; nobody else's
 * queue hears of them, and nobody may listen on another's. Real STOMP clients and real REST requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationNewsTests extends GraphTest {

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired LiveSender sender;

    LiveClients clients;

    @BeforeEach
    void network() {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'})
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-walk', name: 'Tuesday towpath walk', status: 'ACTIVE',
                        cost: 'FREE', version: 0, updatedAt: datetime()})
                """).run();
        clients = new LiveClients(port);
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void whoeverIsToldHearsOnTheirOwnQueueAndNobodyElse() throws Exception {
        var patHears = clients.connect(clients.browser("pat")).subscribe("/user/queue/notifications");
        var quinnHears = clients.connect(clients.browser("quinn")).subscribe("/user/queue/notifications");
        var leeHears = clients.connect(clients.browser("lee")).subscribe("/user/queue/notifications");

        clients.browser("lee").json("POST", "/api/referrals", """
                {"activity": "a-walk", "needs": ["LONELINESS"], "reason": "Would enjoy company.",
                 "participant": {"reference": "BEL-0142", "contact": "Phone 07700 900123",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}""");

        var message = patHears.next();
        assertThat(message.get("type").asString()).isEqualTo("notification.added");
        assertThat(message.toString()).doesNotContain("BEL-0142").doesNotContain("07700").doesNotContain("company");
        sender.drain();
        assertThat(quinnHears.messages).as("another group's organiser").isEmpty();
        assertThat(leeHears.messages).as("who made the referral is not told of it").isEmpty();
    }
}
