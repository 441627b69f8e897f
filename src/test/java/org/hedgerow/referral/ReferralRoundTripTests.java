package org.hedgerow.referral;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many statements making and moving a referral send to Neo4j: one each, which writes the referral, its
 * event and its audit lines and returns the view the API answers with (no read before, no read-back, no
 * statement of its own for the audit). Counted at the driver for one request through the API, of the statements
 * that referral and audit code runs: the session stamp check every signed-in request makes first (accounts) and
 * what other modules run on hearing of the change after it committed (live updates' audience) are not part of it.
 */
@Import(DriverStatements.class)
class ReferralRoundTripTests extends ReferralApiTest {

    @Autowired DriverStatements statements;

    @BeforeEach
    void signInFirst() throws Exception {
        for (String person : new String[] {"lee", "pat"}) {
            sessionOf(person);
        }
    }

    @Test
    void makingAReferralIsOneStatement() throws Exception {
        statements.clear();
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(WALK)).andExpect(status().isCreated());
        assertThat(ofTheReferral()).singleElement().asString().contains("CREATE (r:Referral");
    }

    @Test
    void movingAReferralOnIsOneStatement() throws Exception {
        String id = refer(WALK);
        statements.clear();
        move("pat", id, """
                {"status": "ACCEPTED", "version": 0}""").andExpect(status().isOk());
        assertThat(ofTheReferral()).singleElement().asString().contains("SET r +=");
    }

    @Test
    void referringSomeoneOnIsOneStatement() throws Exception {
        String id = refer(WALK);
        statements.clear();
        as("pat", HttpMethod.POST, "/api/referrals/" + id + "/onward", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Loves to sing."}""".formatted(SING))
                .andExpect(status().isCreated());
        assertThat(ofTheReferral()).singleElement().asString().contains("[:ONWARD_FROM]->(r)");
    }

    /** The texts of what referral and audit code ran since {@link DriverStatements#clear()}. */
    private List<String> ofTheReferral() {
        return statements.run().stream()
                .filter(run -> run.by().startsWith("org.hedgerow.referral.") || run.by().startsWith("org.hedgerow.audit."))
                .map(DriverStatements.Statement::text).toList();
    }
}
