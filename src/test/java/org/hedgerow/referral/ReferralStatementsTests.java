package org.hedgerow.referral;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
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
     * Counted with Neo4j's query collector, which keeps one entry per statement and plan, with its runs' parameters.
     */
    @Test
    void aStatusChangeIsPlannedOnceWhateverItWasNotGiven() throws Exception {
        // A referral id of this run alone: the collector also shows what ran before it began, and plans made again
        // as the shared test DBMS's statistics moved, so only this test's own runs are counted.
        var referral = "r-planned-once-" + UUID.randomUUID();
        try (var session = driver.session()) {
            session.run("CALL db.stats.collect('QUERIES')").consume();
            try {
                var now = ZonedDateTime.now(ZoneOffset.UTC);
                // No such referral: each change is planned and run, finds nothing, and is refused.
                for (var request : new StatusRequest[] {
                        new StatusRequest(ReferralStatus.DECLINED, "No room this term", DeclineReason.FULL, null, null, 0L),
                        new StatusRequest(ReferralStatus.ACCEPTED, null, null, null, null, 0L)}) {
                    assertThatThrownBy(() -> edits.changeStatus(referral, "no-account", request, null, now,
                            audit.stamp())).isInstanceOf(NotFoundException.class);
                }
                long plans = 0;
                long runs = 0;
                for (int wait = 0; wait < 50 && runs < 2; wait++) {
                    TimeUnit.MILLISECONDS.sleep(100);
                    var seen = session.run("""
                            CALL db.stats.retrieve('QUERIES') YIELD data
                            WITH [i IN data.invocations WHERE i.params.id = $referral] AS mine
                            WHERE size(mine) > 0
                            RETURN count(*) AS plans, sum(size(mine)) AS runs""", Map.of("referral", referral)).single();
                    plans = seen.get("plans").asLong();
                    runs = seen.get("runs").asLong();
                }
                assertThat(runs).as("this test's runs the collector kept").isEqualTo(2);
                assertThat(plans).as("plans they ran with").isEqualTo(1);
            } finally {
                session.run("CALL db.stats.stop('QUERIES')").consume();
            }
        }
    }
}
