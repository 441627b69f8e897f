package org.hedgerow.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.LocalProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app, with its embedded Neo4j and the demo network, run as a process of its own and killed with SIGKILL while
 * link workers are making referrals through the API, several times over. After each restart on the same store,
 * every referral the API acknowledged (201) is there with everything that makes it one (its participant, maker,
 * activity, need, first event and audit line), and there is nothing half-written: no referral without those, no
 * event or participant without its referral. Referrals made in one statement, one transaction, are what this pins.
 */
@Tag("faults")
class KilledWhileReferringTests {

    static final int KILLS = 3;
    static final List<String> LINK_WORKERS = List.of("amira", "josh", "claire");
    static final String PASSWORD = "hedgerow-demo";

    @TempDir
    Path work;

    /** acknowledged referral id → the cycle it was made in */
    final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyAcknowledgedReferralSurvivesSigkillAndNothingIsHalfWritten() throws Exception {
        int port = LocalProcess.freePort();
        int bolt = LocalProcess.freePort();
        Path store = work.resolve("neo4j");
        int unacknowledged = 0;
        var startTimes = new ArrayList<Duration>();
        for (int cycle = 0; cycle <= KILLS; cycle++) {
            try (var app = ChildJvm.start("hedgerow-" + cycle, work, "org.hedgerow.HedgerowApplication",
                    List.of("-Xmx768m"),
                    "--server.port=" + port,
                    "--hedgerow.neo4j.embedded.data-dir=" + store,
                    "--hedgerow.neo4j.embedded.bolt-port=" + bolt,
                    "--hedgerow.neo4j.embedded.page-cache=64MB",
                    "--hedgerow.demo.history=false",
                    "--spring.main.banner-mode=off")) {
                startTimes.add(app.awaitReady(Duration.ofSeconds(120),
                        () -> HttpBrowser.answers(port, "/actuator/health/readiness")));
                try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt,
                        AuthTokens.basic("neo4j", Files.readString(store.resolve("bolt-password")).strip()))) {
                    assertAcknowledgedReferralsAreWhole(driver, cycle);
                    if (cycle == KILLS) {
                        break;
                    }
                    unacknowledged += referUntilKilled(app, port, driver, cycle);
                }
            }
        }
        System.out.printf("SIGKILL: %d kills, %d acknowledged referrals checked after each restart, %d in flight at a"
                + " kill, starts %s%n", KILLS, acknowledged.size(), unacknowledged, startTimes);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * 15);
    }

    /** Link workers refer from a few threads; the app is killed mid-stream. Returns the requests left unanswered. */
    private int referUntilKilled(ChildJvm app, int port, Driver driver, int cycle) throws Exception {
        var activities = driver.executableQuery("""
                MATCH (a:Activity {status: 'ACTIVE'}) WHERE coalesce(a.wayIn, '') <> 'SIGNPOSTING_ONLY'
                RETURN a.id AS id ORDER BY a.id LIMIT 20""").execute().records().stream()
                .map(row -> row.get("id").asString()).toList();
        var needs = driver.executableQuery("MATCH (n:Need) RETURN n.code AS code ORDER BY code LIMIT 5").execute()
                .records().stream().map(row -> row.get("code").asString()).toList();
        assertThat(activities).as("the demo network's activities").isNotEmpty();
        var killed = new AtomicBoolean();
        var inFlight = new AtomicInteger();
        var made = new AtomicInteger();
        var writers = new ArrayList<Thread>();
        for (String worker : LINK_WORKERS) {
            var browser = HttpBrowser.signedIn(port, worker, PASSWORD);
            writers.add(Thread.ofPlatform().name("refer-" + worker).start(() -> {
                var random = ThreadLocalRandom.current();
                for (int n = 0; !killed.get(); n++) {
                    String body = """
                            {"activity": "%s", "needs": ["%s"], "reason": "fault test %d",
                             "participant": {"reference": "FLT-%s-%d-%d", "contact": "Phone, mornings",
                               "consent": {"given": true, "recordedBy": "%s", "recordedAt": "2026-11-01T10:15:00Z"}}}"""
                            .formatted(activities.get(random.nextInt(activities.size())),
                                    needs.get(random.nextInt(needs.size())), cycle, worker, cycle, n, worker);
                    inFlight.incrementAndGet();
                    try {
                        var answer = browser.send("POST", "/api/referrals", body);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(JsonPath.read(answer.body(), "$.id"), cycle);
                            made.incrementAndGet();
                        } else if (!killed.get()) {
                            throw new AssertionError("referral refused: " + answer.statusCode() + " " + answer.body());
                        }
                        inFlight.decrementAndGet();
                    }
                    catch (java.io.IOException connectionLost) {
                        return; // the app was killed under this request: its outcome is unknown, and either is fine
                    }
                    catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }));
        }
        // kill at a different moment each cycle, once writes are well under way
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3000 + ThreadLocalRandom.current().nextInt(2000));
        while (System.nanoTime() < until || made.get() < 15) {
            assertThat(app.alive()).as("the app runs; see " + app.log()).isTrue();
            Thread.sleep(50);
        }
        app.kill();
        killed.set(true);
        for (var writer : writers) {
            writer.join(30_000);
        }
        return inFlight.get();
    }

    private void assertAcknowledgedReferralsAreWhole(Driver driver, int cycle) {
        var rows = driver.executableQuery("""
                UNWIND $ids AS id
                OPTIONAL MATCH (r:Referral {id: id})
                RETURN id, r IS NOT NULL AS present, r.status AS status,
                       COUNT { (r)-[:OF]->(:Participant) } AS participants,
                       COUNT { (r)-[:MADE_BY]->(:LinkWorker) } AS makers,
                       COUNT { (r)-[:TO]->(:Activity) } AS activities,
                       COUNT { (r)-[:FOR_NEED]->(:Need) } AS needs,
                       COUNT { (r)-[:HAD]->(:ReferralEvent {status: 'SENT'}) } AS events,
                       COUNT { (e:AuditEvent {subjectId: id}) } AS auditLines""")
                .withParameters(Map.of("ids", List.copyOf(acknowledged.keySet()))).execute().records();
        var broken = rows.stream().filter(row -> !row.get("present").asBoolean()
                        || !"SENT".equals(row.get("status").asString(null))
                        || row.get("participants").asInt() != 1 || row.get("makers").asInt() != 1
                        || row.get("activities").asInt() != 1 || row.get("needs").asInt() != 1
                        || row.get("events").asInt() != 1 || row.get("auditLines").asInt() < 1)
                .map(row -> row.asMap().toString()).toList();
        assertThat(broken).as("acknowledged referrals missing or incomplete after restart %d", cycle).isEmpty();

        var halfWritten = driver.executableQuery("""
                RETURN COUNT { MATCH (r:Referral) WHERE NOT (r)-[:OF]->(:Participant) OR NOT (r)-[:MADE_BY]->()
                                 OR NOT (r)-[:TO]->(:Activity) OR NOT (r)-[:HAD]->(:ReferralEvent) RETURN r }
                         AS referralsWithoutTheirParts,
                       COUNT { MATCH (e:ReferralEvent) WHERE NOT (:Referral)-[:HAD]->(e) RETURN e } AS eventsWithoutReferral,
                       COUNT { MATCH (p:Participant) WHERE NOT (:Referral)-[:OF]->(p) RETURN p } AS participantsWithoutReferral,
                       COUNT { MATCH (r:Referral) WHERE r.reason STARTS WITH 'fault test'
                                 AND (COUNT { (r)-[:FOR_NEED]->() } <> 1
                                      OR NOT EXISTS { MATCH (e:AuditEvent {subjectId: r.id}) }) RETURN r }
                         AS testReferralsWithoutNeedOrAudit""").execute().records().getFirst().asMap();
        assertThat(halfWritten).as("half-written referrals after restart %d", cycle)
                .allSatisfy((what, count) -> assertThat((Long) count).as(what).isZero());
        var cyclesSeen = Set.copyOf(acknowledged.values());
        assertThat(cyclesSeen).hasSize(cycle);
    }
}
