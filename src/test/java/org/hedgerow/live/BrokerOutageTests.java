package org.hedgerow.live;

import java.util.concurrent.TimeUnit;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestNeo4j;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in relay mode ({@code hedgerow.live.broker=relay}) while RabbitMQ's node is stopped and started again:
 * the REST API keeps working without it (referrals are made and read), and once the broker is back a browser that
 * reconnects, as the web app does, hears the next change. Needs a local RabbitMQ ({@link RabbitMq}): skipped without
 * one, except on CI.
 */
@Tag("faults")
class BrokerOutageTests {

    static final String REFERRAL = """
            {"activity": "a-broker-walk", "needs": ["LONELINESS"], "reason": "Keen on walking.",
             "participant": {"reference": "BRK-%d", "contact": "Phone",
               "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}""";

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void withoutTheBrokerRestKeepsWorkingAndLiveReconnectsWhenItIsBack() throws Exception {
        RabbitMq.ensureRunning();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HedgerowApplication.class).run(
                "--server.port=0",
                "--hedgerow.demo.enabled=false",
                "--hedgerow.live.broker=relay",
                "--hedgerow.live.relay.port=" + RabbitMq.STOMP_PORT,
                "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
                "--spring.neo4j.authentication.username=" + TestNeo4j.username(),
                "--spring.neo4j.authentication.password=" + TestNeo4j.password());
        boolean stopped = false;
        try (var clients = new LiveClients(((WebServerApplicationContext) app).getWebServer().getPort())) {
            var neo4j = app.getBean(Neo4jClient.class);
            TestAccounts.create(neo4j, app.getBean(AccountProvisioning.class));
            neo4j.query("""
                    MATCH (walkers:Group {id: 'g-belper-walkers'})
                    CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                    CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-broker-walk', name: 'Tuesday towpath walk',
                            status: 'ACTIVE', capacity: 12, spacesLeft: 3, cost: 'FREE', version: 0})
                    """).run();
            var lee = clients.browser("lee");
            var before = clients.connect(clients.browser("lee")).subscribe("/user/queue/referrals");
            assertThat(before.confirmed).isTrue();
            String first = refer(lee, 0);
            assertThat(before.next("referral.made").get("data").get("referralId").asString()).isEqualTo(first);

            RabbitMq.stopApp();
            stopped = true;
            for (int n = 1; n <= 5; n++) {
                refer(lee, n);
            }
            assertThat(lee.send("GET", "/api/referrals", null).statusCode()).as("reading without the broker")
                    .isEqualTo(200);

            RabbitMq.startApp();
            stopped = false;
            long back = System.nanoTime();
            LiveClients.Inbox after = null;
            while (after == null) {
                assertThat((System.nanoTime() - back) / 1_000_000).as("live again after the broker's return")
                        .isLessThan(60_000);
                var listener = clients.connect(clients.browser("lee"));
                if (listener.session != null) {
                    try {
                        var inbox = listener.subscribe("/user/queue/referrals");
                        after = inbox.confirmed ? inbox : null;
                    }
                    catch (Exception notYet) {
                        // the relay has not reconnected to the broker yet
                    }
                }
                if (after == null) {
                    Thread.sleep(500);
                }
            }
            long reconnectedMs = (System.nanoTime() - back) / 1_000_000;
            String later = refer(lee, 6);
            assertThat(after.next("referral.made").get("data").get("referralId").asString()).isEqualTo(later);
            System.out.printf("Broker outage: 5 referrals made without RabbitMQ; a browser reconnected and subscribed"
                    + " %d ms after the broker was back, and heard the next referral%n", reconnectedMs);
        }
        finally {
            if (stopped) {
                RabbitMq.startApp();
            }
            app.close();
        }
    }

    private static String refer(LiveClients.Browser lee, int n) throws Exception {
        var answer = lee.send("POST", "/api/referrals", REFERRAL.formatted(n));
        assertThat(answer.statusCode()).as("making a referral: %s", answer.body()).isEqualTo(201);
        return LiveClients.JSON.readTree(answer.body()).get("id").asString();
    }
}
