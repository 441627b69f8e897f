package org.hedgerow.referral;

import java.time.Clock;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the nightly retention job takes over many people: {@code benchmark.participants} (100,000) participants,
 * each with one referral and two status events, written with {@code UNWIND}; half closed 400 days ago (due), a
 * quarter closed 100 days ago, a quarter open. Times the first run (erasing half) and the second (erasing nothing),
 * with the default page of 1,000 participants per transaction.
 *
 * <p>Not part of the normal build (tag {@code benchmark}):
 * {@code ./mvnw -Pbenchmark -Dfrontend.skip test -Dtest=RetentionBenchmark}
 */
@Tag("benchmark")
@SpringBootTest
class RetentionBenchmark extends GraphTest {

    static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 100_000);

    @Autowired Neo4jClient neo4j;
    @Autowired PersonalDataErasure erasure;
    @Autowired Clock clock;

    @Test
    void theJobOverManyPeople() {
        TestGraph.clear(neo4j);
        neo4j.query("CREATE (:Activity {id: 'a-bench', name: 'Walk', status: 'ACTIVE'})").run();
        for (int from = 0; from < PARTICIPANTS; from += 10_000) {
            neo4j.query("""
                    MATCH (a:Activity {id: 'a-bench'})
                    UNWIND range($from, $to - 1) AS i
                    WITH a, i, CASE i % 4 WHEN 0 THEN 400 WHEN 1 THEN 400 WHEN 2 THEN 100 ELSE 400 END AS days,
                         CASE i % 4 WHEN 3 THEN 'SENT' ELSE 'COMPLETED' END AS status
                    CREATE (p:Participant {id: 'bench-p-' + i, reference: 'BEN-' + i, contact: 'Phone 07700 ' + i,
                                           consent: true})
                    CREATE (r:Referral {id: 'bench-r-' + i, status: status, reason: 'Lonely since moving',
                                        createdAt: datetime() - duration({days: days + 30}),
                                        updatedAt: datetime() - duration({days: days}), version: 1})
                    CREATE (r)-[:OF]->(p), (r)-[:TO]->(a)
                    CREATE (r)-[:HAD]->(:ReferralEvent {status: 'SENT', at: r.createdAt, note: 'First call went well'})
                    CREATE (r)-[:HAD]->(:ReferralEvent {status: status, at: r.updatedAt, note: 'Met at the door'})
                    """).bind(from).to("from").bind(Math.min(from + 10_000, PARTICIPANTS)).to("to").run();
        }

        long started = System.nanoTime();
        var first = erasure.pastRetention(clock.instant());
        double firstSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        var second = erasure.pastRetention(clock.instant());
        double secondSeconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("%nRetention over %,d participants: first run erased %,d in %.1f s; second run erased %,d "
                          + "in %.1f s; %d CPUs%n%n", PARTICIPANTS, first.participants(), firstSeconds,
                second.participants(), secondSeconds, Runtime.getRuntime().availableProcessors());
        assertThat(first.participants()).isEqualTo(PARTICIPANTS / 2);
        assertThat(second.participants()).isZero();
        TestGraph.clear(neo4j);
    }
}
