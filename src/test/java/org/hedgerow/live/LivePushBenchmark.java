package org.hedgerow.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live push, commit → last subscriber, for 1,000 and 10,000 real STOMP subscribers of one locality topic on
 * loopback (DESIGN budget: p99 ≤ 50 ms and ≤ 250 ms). The subscribers run in a child JVM
 * ({@link LivePushSubscribers}); this JVM runs the app and changes an activity's spaces through the REST API,
 * one change at a time, paced so each fan-out is measured on its own. Prints a table; asserts only that every
 * subscriber got every message.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=LivePushBenchmark [-Dbenchmark.subscribers=1000,10000] [-Dbenchmark.messages=100]</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.max-connections=12000", "server.tomcat.threads.max=50", "logging.level.root=WARN"})
class LivePushBenchmark extends GraphTest {

    static final String WALK = "a-bench-walk";

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    @Test
    void commitToLastSubscriber() throws Exception {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (belper:Locality {code: 'BELPER'})
                CREATE (mill:Venue {id: 'v-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (walkers)-[:RUNS]->(:Activity {id: $walk, name: 'Tuesday towpath walk', status: 'ACTIVE',
                        capacity: 1000000, spacesLeft: 0, cost: 'FREE', version: 0})-[:HELD_AT]->(mill)
                """).bind(WALK).to("walk").run();
        int messages = Integer.getInteger("benchmark.messages", 100);
        var sizes = Arrays.stream(System.getProperty("benchmark.subscribers", "1000,10000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();

        var rows = new ArrayList<String>();
        try (var clients = new LiveClients(port)) {
            var pat = clients.browser("pat");
            var visitor = clients.browser(null);
            String csrf = visitor.csrf();
            long version = 0;
            for (int subscribers : sizes) {
                var child = new ProcessBuilder(LivePushSubscribers.javaCommand(port, csrf, subscribers,
                        "/topic/localities.AMBER")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                var out = new BufferedReader(new InputStreamReader(child.getInputStream()));
                var in = new PrintWriter(child.getOutputStream(), true);
                var ready = out.readLine();
                System.out.println("[live-push] " + ready);
                assertThat(ready).startsWith("READY " + subscribers);

                for (int i = 0; i < 20 + messages; i++) { // 20 to warm up, not counted
                    pat.json("PUT", "/api/activities/" + WALK + "/spaces", """
                            {"spacesLeft": %d, "version": %d}""".formatted(i % 50, version));
                    version++;
                    TimeUnit.MILLISECONDS.sleep(subscribers >= 10_000 ? 400 : 100);
                }
                long last = version;
                for (int wait = 0; wait < 60; wait++) {
                    in.println("COUNT " + last);
                    if (Integer.parseInt(out.readLine().substring(6)) >= subscribers) {
                        break;
                    }
                    TimeUnit.MILLISECONDS.sleep(500);
                }
                in.println("REPORT");
                var slowest = new ArrayList<Long>();
                long first = version - messages;
                String line;
                int incomplete = 0;
                while ((line = out.readLine()) != null && !line.equals("END")) {
                    var parts = line.split(" ");
                    if (Long.parseLong(parts[1]) > first) {
                        slowest.add(Long.parseLong(parts[3]));
                        if (Integer.parseInt(parts[2]) < subscribers) {
                            incomplete++;
                        }
                    }
                }
                child.waitFor(60, TimeUnit.SECONDS);
                rows.add(row(subscribers, slowest));
                assertThat(slowest).as("every measured message arrived").hasSize(messages);
                assertThat(incomplete).as("messages some subscriber missed").isZero();
            }
        }
        System.out.println();
        System.out.println("| subscribers | messages | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String row(int subscribers, List<Long> micros) {
        var sorted = micros.stream().sorted().toList();
        return "| %,d | %d | %.1f | %.1f | %.1f | %.1f |".formatted(subscribers, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.getLast() / 1000.0);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
