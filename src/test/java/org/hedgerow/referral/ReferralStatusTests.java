package org.hedgerow.referral;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.hedgerow.TestAccounts;
import org.hedgerow.core.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReferralStatusTests extends ReferralApiTest {

    @Test
    void theReceivingGroupTakesAReferralThroughToCompletionWithOutcomes() throws Exception {
        String id = refer(SING);
        move("quinn", id, ReferralStatus.ACCEPTED, "\"note\": \"Will ring Monday\"")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        move("quinn", id, ReferralStatus.ATTENDING, null).andExpect(status().isOk());
        move("quinn", id, ReferralStatus.COMPLETED, """
                "outcomes": {"wellbeingStart": {"satisfied": 4, "worthwhile": 5, "happy": 4, "anxious": 7},
                             "wellbeingEnd": {"satisfied": 7, "worthwhile": 7, "happy": 8, "anxious": 3},
                             "gpAppointmentsBefore": 14, "gpAppointmentsAfter": 5}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.outcomes.wellbeingEnd.happy").value(8))
                .andExpect(jsonPath("$.outcomes.gpAppointmentsBefore").value(14))
                .andExpect(jsonPath("$.events", hasSize(4)))
                .andExpect(jsonPath("$.events[1].note").value("Will ring Monday"))
                .andExpect(jsonPath("$.events[3].status").value("COMPLETED"))
                .andExpect(jsonPath("$.events[3].by").value("Quinn"));

        assertThat(audited("REFERRAL_CHANGED", id)).isEqualTo(4);
        assertThat(events.ofType(ReferralStatusChanged.class)).extracting(ReferralStatusChanged::to)
                .containsExactly(ReferralStatus.ACCEPTED, ReferralStatus.ATTENDING, ReferralStatus.COMPLETED);
        assertThat(events.ofType(ReferralStatusChanged.class).getLast().version()).isEqualTo(3);
    }

    @Test
    void outcomesOutOfRangeAreNamed() throws Exception {
        String id = refer(SING);
        move("quinn", id, ReferralStatus.ACCEPTED, null);
        move("quinn", id, ReferralStatus.ATTENDING, null);
        move("quinn", id, ReferralStatus.COMPLETED, """
                "outcomes": {"wellbeingEnd": {"happy": 11}, "gpAppointmentsAfter": 401}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['outcomes.wellbeingEnd.happy']").exists())
                .andExpect(jsonPath("$.errors['outcomes.gpAppointmentsAfter']").exists());
    }

    @Test
    void outcomesADeclineReasonOrAnOverrideWithAnotherMoveAreNamedAndChangeNothing() throws Exception {
        String id = refer(SING);
        move("quinn", id, ReferralStatus.ACCEPTED, """
                "declineReason": "FULL", "outcomes": {"gpAppointmentsBefore": 14}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.declineReason").value("only with DECLINED"))
                .andExpect(jsonPath("$.errors.outcomes").value("only with COMPLETED"));
        move("lee", id, ReferralStatus.WITHDRAWN, "\"overrideCapacity\": true")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.overrideCapacity").value("only with ACCEPTED"));
        assertThat(version(id)).isZero();
        assertThat(neo4j.query("MATCH (r:Referral {id: $id}) RETURN r.gpAppointmentsBefore IS NULL AND r.declineReason IS NULL")
                .bind(id).to("id").fetchAs(Boolean.class).one()).contains(true);

        move("quinn", id, ReferralStatus.ACCEPTED, "\"overrideCapacity\": false").andExpect(status().isOk());
    }

    @Test
    void anIllegalMoveIsAConflictListingTheAllowedOnes() throws Exception {
        String id = refer(SING);
        // Each side is offered only the moves it may make: the receiving group accepts or declines, the
        // referrer withdraws.
        move("quinn", id, ReferralStatus.COMPLETED, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("illegal-transition")))
                .andExpect(jsonPath("$.currentStatus").value("SENT"))
                .andExpect(jsonPath("$.allowed", hasSize(2)))
                .andExpect(jsonPath("$.allowed[0]").value("ACCEPTED"))
                .andExpect(jsonPath("$.allowed[1]").value("DECLINED"))
                .andExpect(jsonPath("$.detail").value(not(containsString("WITHDRAWN"))));
        move("lee", id, ReferralStatus.COMPLETED, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("SENT"))
                .andExpect(jsonPath("$.allowed", hasSize(1)))
                .andExpect(jsonPath("$.allowed[0]").value("WITHDRAWN"));
        move("quinn", id, ReferralStatus.DECLINED, "\"declineReason\": \"NOT_SUITABLE\"").andExpect(status().isOk());
        move("quinn", id, ReferralStatus.ACCEPTED, null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.allowed", hasSize(0)));
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void aDeclineSaysWhy() throws Exception {
        String id = refer(SING);
        move("quinn", id, ReferralStatus.DECLINED, null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.declineReason").exists());
        move("quinn", id, ReferralStatus.DECLINED, "\"declineReason\": \"OTHER\"")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.note").exists());
        move("quinn", id, ReferralStatus.DECLINED, "\"declineReason\": \"OTHER\", \"note\": \"Evenings only\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.declineReason").value("OTHER"))
                .andExpect(jsonPath("$.events[1].declineReason").value("OTHER"))
                .andExpect(jsonPath("$.events[1].note").value("Evenings only"));
    }

    @Test
    void theReferrerWithdrawsAndTheReceivingGroupDoesEverythingElse() throws Exception {
        String id = refer(SING);
        move("lee", id, ReferralStatus.ACCEPTED, null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("organisers")));
        move("quinn", id, ReferralStatus.WITHDRAWN, null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("made")));
        move("ada", id, ReferralStatus.ACCEPTED, null).andExpect(status().isForbidden());
        for (String outsider : new String[] {"pat", "kim", "fran"}) {
            move(outsider, id, ReferralStatus.ACCEPTED, null).andExpect(status().isNotFound());
        }
        assertThat(version(id)).isZero();
        move("lee", id, ReferralStatus.WITHDRAWN, "\"note\": \"Moved away\"")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(audited("REFERRAL_CHANGED", id)).as("made and withdrawn; refusals leave no line").isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflictWhetherInTheBodyOrIfMatch() throws Exception {
        String id = refer(SING);
        move("quinn", id, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("quinn", id, """
                {"status": "ATTENDING", "version": 0}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("reload")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/referrals/" + id + "/status").session(session("quinn")).with(csrf())
                        .header("If-Match", "\"0\"").contentType("application/json").content("""
                                {"status": "ATTENDING"}"""))
                .andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/referrals/" + id + "/status").session(session("quinn")).with(csrf())
                        .header("If-Match", "\"1\"").contentType("application/json").content("""
                                {"status": "ATTENDING"}"""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        move("quinn", id, """
                {"status": "COMPLETED"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.version").exists());
        assertThat(events.ofType(ReferralStatusChanged.class)).hasSize(2);
    }

    @Test
    void aStaleAcceptIsAnsweredReload() throws Exception {
        String id = refer(SING);
        move("quinn", id, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        // Someone who still sees version 0 accepts too: the referral moved on under them, so they are told to
        // reload (and would then see it accepted), not that an accepted referral cannot be accepted.
        move("quinn", id, """
                {"status": "ACCEPTED", "version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("reload")))
                .andExpect(jsonPath("$.currentStatus").doesNotExist());
        assertThat(version(id)).isEqualTo(1);
        assertThat(audited("REFERRAL_CHANGED", id)).as("made and accepted once").isEqualTo(2);
        assertThat(events.ofType(ReferralStatusChanged.class)).hasSize(1);
    }

    @Test
    void acceptingIntoAFullActivityNeedsAnOverrideAndAcceptingTakesASpace() throws Exception {
        String first = refer(WALK);
        String second = refer(WALK);
        long activityVersion = TestAccounts.version(neo4j, "Activity", WALK);
        move("pat", first, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft")).isZero();
        assertThat(TestAccounts.version(neo4j, "Activity", WALK)).isEqualTo(activityVersion + 1);
        assertThat(events.ofType(SpaceTaken.class)).singleElement()
                .satisfies(taken -> assertThat(taken.spacesLeft()).isZero());

        move("pat", second, ReferralStatus.ACCEPTED, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("overrideCapacity")));
        assertThat(version(second)).isZero();
        move("pat", second, ReferralStatus.ACCEPTED, "\"overrideCapacity\": true")
                .andExpect(status().isOk()).andExpect(jsonPath("$.overrideCapacity").value(true));
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft")).as("never below 0").isZero();
        assertThat(events.ofType(SpaceTaken.class)).hasSize(1);
    }

    @Test
    void aSpaceTakenOnAcceptIsGivenBackWhenThePersonIsDeclinedOrWithdrawsButNotByAnOverride() throws Exception {
        String held = refer(WALK);
        String overridden = refer(WALK);
        move("pat", held, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("pat", overridden, ReferralStatus.ACCEPTED, "\"overrideCapacity\": true").andExpect(status().isOk());
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft")).isZero();

        move("pat", overridden, ReferralStatus.DECLINED, "\"declineReason\": \"NOT_SUITABLE\"")
                .andExpect(status().isOk());
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft"))
                .as("the overridden acceptance never took a space, so it gives none back").isZero();
        assertThat(events.ofType(SpaceReturned.class)).isEmpty();

        long activityVersion = TestAccounts.version(neo4j, "Activity", WALK);
        move("pat", held, ReferralStatus.ATTENDING, null).andExpect(status().isOk());
        move("lee", held, ReferralStatus.WITHDRAWN, "\"note\": \"Moved away\"").andExpect(status().isOk());
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft")).isEqualTo(1);
        assertThat(TestAccounts.version(neo4j, "Activity", WALK)).isEqualTo(activityVersion + 1);
        assertThat(events.ofType(SpaceReturned.class)).singleElement()
                .satisfies(returned -> assertThat(returned.spacesLeft()).isEqualTo(1));
    }

    @Test
    void aReturnedSpaceNeverTakesSpacesLeftAboveTheCapacity() throws Exception {
        String id = refer(WALK);
        move("pat", id, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        neo4j.query("MATCH (a:Activity {id: 'a-walk'}) SET a.spacesLeft = a.capacity").run();
        move("pat", id, ReferralStatus.DECLINED, "\"declineReason\": \"NOT_SUITABLE\"").andExpect(status().isOk());
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft - a.capacity")).isZero();
    }

    @Autowired ReferralEdits edits;

    @Test
    void ofAnAcceptAndADeclineRacingFromOneVersionExactlyOneWins() throws Exception {
        String quinn = TestAccounts.accountId(neo4j, "quinn");
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 8; round++) {
                String id = refer(SING);
                var ready = new CyclicBarrier(2);
                Callable<String> accept = race(ready, id, quinn, """
                        {"status": "ACCEPTED", "version": 0}""");
                Callable<String> decline = race(ready, id, quinn, """
                        {"status": "DECLINED", "declineReason": "FULL", "version": 0}""");
                var one = pool.submit(accept);
                var other = pool.submit(decline);
                var outcomes = List.of(one.get(), other.get());
                assertThat(outcomes).as("round " + round).containsOnlyOnce("won");
                assertThat(version(id)).isEqualTo(1);
                assertThat(count("MATCH (:Referral {id: '" + id + "'})-[:HAD]->(e) RETURN count(e)")).isEqualTo(2);
            }
        }
    }

    private Callable<String> race(CyclicBarrier ready, String id, String accountId, String json) {
        return () -> {
            var request = new tools.jackson.databind.json.JsonMapper().readValue(json, StatusRequest.class);
            ready.await();
            try {
                edits.changeStatus(id, accountId, request, null);
                return "won";
            }
            catch (ConflictException lost) {
                return "lost";
            }
        };
    }

    private org.springframework.mock.web.MockHttpSession session(String username) throws Exception {
        return sessionOf(username);
    }
}
