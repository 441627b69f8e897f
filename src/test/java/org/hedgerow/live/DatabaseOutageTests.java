package org.hedgerow.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.LocalProcess;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.faults.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on an external Neo4j (a separate process, see {@link org.hedgerow.faults.StandaloneNeo4j}) that is killed
 * mid-run and later started again on the same store. While it is gone every API request is answered with a 503
 * problem and {@code Retry-After}, never a 500, and health is DOWN; once it is back the app recovers by itself (no
 * restart), health is UP, and a live socket opened before the outage is still open and hears the next change.
 */
@Tag("faults")
class DatabaseOutageTests {

    static final String REFERRAL = """
            {"activity": "a-outage-walk", "needs": ["LONELINESS"], "reason": "Keen on walking.",
             "participant": {"reference": "OUT-%d", "contact": "Phone",
               "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}""";

    @TempDir
    Path work;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void whileTheDatabaseIsGoneTheApiAnswers503AndItRecoversByItselfWithLiveSocketsOpen() throws Exception {
        int bolt = LocalProcess.freePort();
        var database = database(1, bolt);
        String password = database.logText().lines().filter(line -> line.startsWith("READY "))
                .findFirst().orElseThrow().substring("READY ".length());
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(HedgerowApplication.class).run(
                    "--server.port=0",
                    "--hedgerow.demo.enabled=false",
                    "--spring.neo4j.uri=bolt://127.0.0.1:" + bolt,
                    "--spring.neo4j.authentication.username=neo4j",
                    "--spring.neo4j.authentication.password=" + password);
            TestAccounts.create(app.getBean(Neo4jClient.class), app.getBean(AccountProvisioning.class));
            app.getBean(Neo4jClient.class).query("""
                    MATCH (walkers:Group {id: 'g-belper-walkers'})
                    CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                    CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-outage-walk', name: 'Tuesday towpath walk',
                            status: 'ACTIVE', capacity: 12, spacesLeft: 3, cost: 'FREE', version: 0})
                    """).run();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            try (var clients = new LiveClients(port)) {
                var lee = clients.browser("lee");
                var leeLive = clients.connect(clients.browser("lee"));
                var leeHears = leeLive.subscribe("/user/queue/referrals");
                assertThat(lee.send("POST", "/api/referrals", REFERRAL.formatted(0)).statusCode()).isEqualTo(201);
                assertThat(health(clients)).isEqualTo(200);

                database.kill();
                var answers = new LinkedHashMap<String, List<Integer>>();
                for (int round = 0; round < 4; round++) {
                    for (var request : whileGone(clients, lee, round)) {
                        var answer = request.send();
                        answers.computeIfAbsent(request.name(), name -> new ArrayList<>()).add(answer.statusCode());
                        assertThat(answer.statusCode()).as("%s while the database is gone: %s", request.name(),
                                answer.body()).isEqualTo(503);
                        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    }
                }
                assertThat(health(clients)).as("health while the database is gone").isEqualTo(503);

                database = database(2, bolt);
                long back = System.nanoTime();
                while (health(clients) != 200) {
                    assertThat((System.nanoTime() - back) / 1_000_000).as("health UP again").isLessThan(30_000);
                    Thread.sleep(100);
                }
                long healthyMs = (System.nanoTime() - back) / 1_000_000;
                int made = 0;
                var seen = new ArrayList<Integer>();
                String referralId;
                while (true) {
                    var answer = lee.send("POST", "/api/referrals", REFERRAL.formatted(++made));
                    seen.add(answer.statusCode());
                    if (answer.statusCode() == 201) {
                        referralId = LiveClients.JSON.readTree(answer.body()).get("id").asString();
                        break;
                    }
                    assertThat(answer.statusCode()).as("while the app reconnects: %s", answer.body()).isEqualTo(503);
                    Thread.sleep(100);
                }
                long recoveredMs = (System.nanoTime() - back) / 1_000_000;
                System.out.printf("Database outage: answers while gone %s; health UP %d ms and the first referral made"
                        + " %d ms after the database was back (answers on the way %s)%n", answers, healthyMs,
                        recoveredMs, seen);
                assertThat(clients.browser("pat").send("GET", "/api/session", null).statusCode())
                        .as("sign-ins the database could not answer locked nobody out").isEqualTo(200);

                assertThat(leeLive.session.isConnected()).as("the live socket outlived the outage").isTrue();
                assertThat(leeLive.failures).isEmpty();
                var heard = leeHears.next("referral.made");
                while (!referralId.equals(heard.get("data").get("referralId").asString())) {
                    heard = leeHears.next("referral.made");
                }
            }
        }
        finally {
            if (app != null) {
                app.close();
            }
            database.kill();
        }
    }

    private ChildJvm database(int start, int bolt) throws InterruptedException {
        var database = ChildJvm.start("neo4j-" + start, work, "org.hedgerow.faults.StandaloneNeo4j", List.of("-Xmx384m"),
                work.resolve("store").toString(), String.valueOf(bolt));
        database.awaitReady(Duration.ofSeconds(60), () -> database.logText().contains("READY "));
        return database;
    }

    private static int health(LiveClients clients) throws Exception {
        return clients.browser(null).send("GET", "/actuator/health", null).statusCode();
    }

    private record Request(String name, Sending sending) {
        java.net.http.HttpResponse<String> send() throws Exception {
            return sending.send();
        }
    }

    @FunctionalInterface
    private interface Sending {
        java.net.http.HttpResponse<String> send() throws Exception;
    }

    /** Reads and writes of several modules, and signing in, as a signed-in link worker and as a newcomer. */
    private static List<Request> whileGone(LiveClients clients, LiveClients.Browser lee, int round) throws Exception {
        return List.of(
                new Request("make a referral", () -> lee.send("POST", "/api/referrals", REFERRAL.formatted(100 + round))),
                new Request("list referrals", () -> lee.send("GET", "/api/referrals", null)),
                new Request("read an activity", () -> lee.send("GET", "/api/activities/a-outage-walk", null)),
                new Request("search", () -> lee.send("GET", "/api/activities/search?q=walk", null)),
                new Request("network summary", () -> lee.send("GET", "/api/network/summary", null)),
                new Request("sign in", () -> signIn(clients)),
                // more sign-ins than the throttle allows failures (5): none of them may count as one
                new Request("sign in again", () -> signIn(clients)));
    }

    private static java.net.http.HttpResponse<String> signIn(LiveClients clients) throws Exception {
        var newcomer = clients.new Browser();
        newcomer.send("GET", "/api/session", null);
        return newcomer.send("POST", "/api/session", """
                {"username": "pat", "password": "%s"}""".formatted(TestAccounts.PASSWORD));
    }
}
