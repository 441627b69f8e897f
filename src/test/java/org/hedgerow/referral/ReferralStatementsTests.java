package org.hedgerow.referral;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hedgerow.GraphTest;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.NotFoundException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral writers plan without Cypher's warnings about their own variables: the server attaches them to every
 * run, and Spring Data Neo4j logs each one with the whole statement (an onward referral wrote a hundred lines at INFO
 * when the tallies' fragment reused {@code r} inside its subquery).
 */
@SpringBootTest
class ReferralStatementsTests extends GraphTest {

    @Autowired Driver driver;

    @Test
    void theWritersDoNotShadowTheirVariables() {
        var statements = Map.of("made", ReferralEdits.CREATE, "moved on", ReferralEdits.CHANGE,
                "made onward", ReferralEdits.ONWARD);
        statements.forEach((what, cypher) -> {
            try (var session = driver.session()) {
                var summary = session.run("EXPLAIN " + cypher).consume();
                assertThat(summary.gqlStatusObjects())
                        .as("the statement of a referral %s", what)
                        .noneMatch(status -> status.gqlStatus().equals("03N60"));
            }
        });
    }

    @Autowired ReferralEdits edits;
    @Autowired AuditTrail audit;

    /**
     * Cypher caches a plan per parameter type, and an absent value bound on its own is of type NULL: a status change
     * with a note and a reason and one with neither planned the 8 KB statement twice (1.3 and 1.7 s in a first start).
     * Counted with Neo4j's query collector, which keeps one entry per statement and plan.
     */
    @Test
    void aStatusChangeIsPlannedOnceWhateverItWasNotGiven() throws Exception {
        try (var session = driver.session()) {
            session.run("CALL db.stats.clear('QUERIES')").consume();
            session.run("CALL db.stats.collect('QUERIES')").consume();
            try {
                var now = ZonedDateTime.now(ZoneOffset.UTC);
                // No such referral: each change is planned and run, finds nothing, and is refused. (Queries run before
                // the collection began may be counted too, the other test's EXPLAIN among them: hence STARTS WITH.)
                for (var request : new StatusRequest[] {
                        new StatusRequest(ReferralStatus.DECLINED, "No room this term", DeclineReason.FULL, null, null, 0L),
                        new StatusRequest(ReferralStatus.ACCEPTED, null, null, null, null, 0L)}) {
                    assertThatThrownBy(() -> edits.changeStatus("r-planned-once", "no-account", request, null, now,
                            audit.stamp())).isInstanceOf(NotFoundException.class);
                }
                long plans = 0;
                for (int wait = 0; wait < 50; wait++) {
                    var seen = session.run("""
                            CALL db.stats.retrieve('QUERIES') YIELD data
                            WITH data WHERE data.query CONTAINS 'r.declineReason = CASE WHEN $to'
                                            AND NOT data.query STARTS WITH 'EXPLAIN'
                            RETURN count(*) AS plans, sum(size(data.invocations)) AS runs""").single();
                    plans = seen.get("plans").asLong();
                    if (seen.get("runs").asLong() >= 2) {
                        break;
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                assertThat(plans).as("plans of the status change").isEqualTo(1);
            } finally {
                session.run("CALL db.stats.stop('QUERIES')").consume();
            }
        }
    }
}
