package org.hedgerow.referral;

import java.util.Map;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
