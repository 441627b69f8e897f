package org.hedgerow.live;

import java.util.List;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestNeo4j;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one graph, as behind a load balancer, with {@code hedgerow.live.broker=relay} to a
 * real RabbitMQ: a change made through one instance reaches subscribers connected to the other, on the public
 * topics and on a user's own queue, and a user's queue still reaches only that user.
 */
class RelayAcrossInstancesTests {

    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    @BeforeAll
    static void twoInstances() throws Exception {
        RabbitMq.ensureRunning();
        one = instance();
        two = instance();
        TestAccounts.create(one.getBean(Neo4jClient.class), one.getBean(AccountProvisioning.class));
        one.getBean(Neo4jClient.class).query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (belper:Locality {code: 'BELPER'})
                CREATE (mill:Venue {id: 'v-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-relay-walk', name: 'Tuesday towpath walk',
                        status: 'ACTIVE', capacity: 12, spacesLeft: 3, cost: 'FREE', version: 0})-[:HELD_AT]->(mill)
                """).run();
    }

    private static ConfigurableApplicationContext instance() {
        // command-line arguments, so that they win over application.yml as a real deployment's settings do
        return new SpringApplicationBuilder(HedgerowApplication.class).run(
                "--server.port=0",
                "--hedgerow.demo.enabled=false",
                "--hedgerow.live.broker=relay",
                "--hedgerow.live.relay.port=" + RabbitMq.STOMP_PORT,
                "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
                "--spring.neo4j.authentication.username=" + TestNeo4j.username(),
                "--spring.neo4j.authentication.password=" + TestNeo4j.password());
    }

    @AfterAll
    static void stop() {
        for (var instance : new ConfigurableApplicationContext[] {one, two}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    void aReferralAcceptedOnOneInstanceReachesTheLinkWorkerConnectedToTheOther() throws Exception {
        try (var onOne = new LiveClients(port(one)); var onTwo = new LiveClients(port(two))) {
            var leeHears = onTwo.connect(onTwo.browser("lee")).subscribe("/user/queue/referrals");
            var quinnHears = onTwo.connect(onTwo.browser("quinn")).subscribe("/user/queue/referrals");
            var belper = onTwo.connect(onTwo.browser(null)).subscribe("/topic/localities.AMBER");
            assertThat(leeHears.confirmed).as("RabbitMQ confirms the subscription").isTrue();

            var referral = onOne.browser("lee").json("POST", "/api/referrals", """
                    {"activity": "a-relay-walk", "needs": ["LONELINESS"], "reason": "Keen on walking.",
                     "participant": {"reference": "BEL-0142", "contact": "Phone",
                       "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}""");
            String id = referral.get("id").asString();
            onOne.browser("pat").json("POST", "/api/referrals/" + id + "/status", """
                    {"status": "ACCEPTED", "version": 0}""");

            assertThat(leeHears.next("referral.made").get("data").get("referralId").asString()).isEqualTo(id);
            var accepted = leeHears.next("referral.status");
            assertThat(accepted.get("data").get("referralId").asString()).isEqualTo(id);
            assertThat(accepted.get("data").get("to").asString()).isEqualTo("ACCEPTED");

            var space = belper.next("activity.capacity");
            assertThat(space.get("data").get("activityId").asString()).isEqualTo("a-relay-walk");
            assertThat(space.get("data").get("spacesLeft").asInt()).isEqualTo(2);

            one.getBean(LiveSender.class).drain();
            Thread.sleep(500);
            assertThat(quinnHears.messages).as("not Quinn's referral").isEmpty();
            assertThat(List.copyOf(leeHears.messages)).isEmpty();
        }
    }

    @Test
    void theRelayStillRefusesSubscriptionsOutsideTheRules() throws Exception {
        try (var onTwo = new LiveClients(port(two))) {
            var pat = onTwo.connect(onTwo.browser("pat"));
            var headers = new org.springframework.messaging.simp.stomp.StompHeaders();
            headers.setDestination("/topic/network");
            pat.session.subscribe(headers, new LiveClients.Inbox("/topic/network"));
            assertThat(pat.nextError()).contains("may not subscribe");
        }
    }
}
