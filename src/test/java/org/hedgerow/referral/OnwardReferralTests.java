package org.hedgerow.referral;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A path of three steps: Lee (link worker) refers to Pat's walk; Pat refers on to Quinn's singing; Quinn refers
 * on to Ria's gardening. Each person sees the steps they are a side of, and the rest only as hidden steps.
 */
class OnwardReferralTests extends ReferralApiTest {

    static final String GARDEN = "a-garden";

    String first;
    String second;
    String third;

    @BeforeEach
    void threeSteps() throws Exception {
        neo4j.query("""
                CREATE (g:Group {id: 'g-ripley-gardeners', name: 'Ripley Gardeners', status: 'ACTIVE', version: 0})
                CREATE (:Organiser {id: 'o-ria', name: 'Ria', version: 0})-[:ORGANISES]->(g)
                CREATE (g)-[:RUNS]->(:Activity {id: $garden, name: 'Allotment mornings', status: 'ACTIVE', version: 0})
                """).bind(GARDEN).to("garden").run();
        provisioning.openDemoAccounts(List.of(new NewAccount("ria", "Ria", Role.PROVIDER, "o-ria", null,
                TestAccounts.PASSWORD)), TestAccounts.PASSWORD);
        first = refer(WALK);
        move("pat", first, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        second = onward("pat", first, SING).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        second = JsonPath.read(second, "$.id");
        third = JsonPath.read(onward("quinn", second, GARDEN).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
        events.clear();
    }

    @Test
    void anOnwardReferralIsMadeByTheOrganiserForTheSamePersonWithConsentCarriedOver() throws Exception {
        as("pat", HttpMethod.GET, "/api/referrals/" + second, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.madeBy.kind").value("ORGANISER"))
                .andExpect(jsonPath("$.madeBy.name").value("Pat"))
                .andExpect(jsonPath("$.onwardFrom").value(first))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.participant.reference").value("BEL-0142"))
                .andExpect(jsonPath("$.participant.consent.given").value(true))
                .andExpect(jsonPath("$.events[0].note").value(containsString("Consent carried over from referral " + first)));
        assertThat(count("MATCH (p:Participant) RETURN count(p)")).as("one person, three referrals").isEqualTo(1);
        assertThat(count("MATCH (:Referral)-[:MADE_BY]->(:Organiser) RETURN count(*)")).isEqualTo(2);
        assertThat(count("MATCH (:Referral)-[:ONWARD_FROM]->(:Referral) RETURN count(*)")).isEqualTo(2);
        assertThat(audited("REFERRAL_CHANGED", third)).isEqualTo(1);
    }

    @Test
    void theReceivingGroupOfAnOnwardReferralMovesItAndItsMakerMayWithdrawIt() throws Exception {
        move("quinn", second, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("pat", second, ReferralStatus.WITHDRAWN, null).andExpect(status().isOk());
        assertThat(events.ofType(ReferralStatusChanged.class)).extracting(ReferralStatusChanged::to)
                .containsExactly(ReferralStatus.ACCEPTED, ReferralStatus.WITHDRAWN);
    }

    @Test
    void onlyTheReceivingGroupRefersOnAndOnlyToSomewhereReal() throws Exception {
        onward("quinn", first, GARDEN).andExpect(status().isNotFound());
        onward("ria", first, GARDEN).andExpect(status().isNotFound());
        onward("pat", second, GARDEN).andExpect(status().isForbidden());
        onward("lee", first, GARDEN).andExpect(status().isForbidden());
        onward("pat", first, "a-nowhere").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.activity").exists());
        onward("pat", first, ARCHIVED_WALK).andExpect(status().isConflict());
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.wayIn = 'SIGNPOSTING_ONLY'").bind(GARDEN).to("id").run();
        onward("pat", first, GARDEN).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("signposting-only")));
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(3);
        assertThat(events.ofType(ReferralMade.class)).isEmpty();
    }

    @Test
    void aLinkWorkerSeesTheirStepAndThatThePathGoesOnButNotWhere() throws Exception {
        as("lee", HttpMethod.GET, "/api/referrals/" + first + "/path", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantReference").value("BEL-0142"))
                .andExpect(jsonPath("$.steps", hasSize(3)))
                .andExpect(jsonPath("$.steps[*].visible", contains(true, false, false)))
                .andExpect(jsonPath("$.steps[*].status", contains("ACCEPTED", "SENT", "SENT")))
                .andExpect(jsonPath("$.steps[0].madeBy.name").value("Lee"))
                .andExpect(jsonPath("$.steps[0].activity.id").value(WALK))
                .andExpect(jsonPath("$.steps[1].activity").value(nullValue()))
                .andExpect(jsonPath("$.steps[1].group").value(nullValue()))
                .andExpect(jsonPath("$.steps[1].madeBy").value(nullValue()))
                .andExpect(jsonPath("$.steps[1].id").value(nullValue()))
                .andExpect(jsonPath("$.steps[1].onwardFromStep").value(1))
                .andExpect(jsonPath("$.steps[2].onwardFromStep").value(2));
        assertThat(audited("REFERRAL_READ", first)).isEqualTo(1);
        assertThat(neo4j.query("""
                        MATCH (e:AuditEvent {kind: 'REFERRAL_READ', subjectId: $id})
                        RETURN e.actor + ' ' + e.actorRole + ': ' + e.detail""")
                .bind(first).to("id").fetchAs(String.class).one().orElseThrow())
                .isEqualTo("lee LINK_WORKER: path, 3 steps, 1 visible");
    }

    @Test
    void eachProviderSeesTheStepsTheyAreASideOf() throws Exception {
        as("pat", HttpMethod.GET, "/api/referrals/" + second + "/path", null)
                .andExpect(jsonPath("$.steps[*].visible", contains(true, true, false)))
                .andExpect(jsonPath("$.steps[1].group.name").value("Glossop Choir"));
        as("quinn", HttpMethod.GET, "/api/referrals/" + third + "/path", null)
                .andExpect(jsonPath("$.steps[*].visible", contains(false, true, true)))
                .andExpect(jsonPath("$.steps[2].activity.name").value("Allotment mornings"));
        as("ria", HttpMethod.GET, "/api/referrals/" + third + "/path", null)
                .andExpect(jsonPath("$.steps[*].visible", contains(false, false, true)))
                .andExpect(jsonPath("$.steps[2].madeBy.name").value("Quinn"));
        as("ada", HttpMethod.GET, "/api/referrals/" + second + "/path", null)
                .andExpect(jsonPath("$.steps[*].visible", contains(true, true, true)));
    }

    @Test
    void thePathOfAReferralYouCannotSeeIsNotFound() throws Exception {
        as("ria", HttpMethod.GET, "/api/referrals/" + first + "/path", null).andExpect(status().isNotFound());
        as("fran", HttpMethod.GET, "/api/referrals/" + first + "/path", null).andExpect(status().isNotFound());
        as("kim", HttpMethod.GET, "/api/referrals/" + first + "/path", null).andExpect(status().isNotFound());
        assertThat(audited("REFERRAL_READ", first)).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions onward(String who, String id, String activity)
            throws Exception {
        return as(who, HttpMethod.POST, "/api/referrals/" + id + "/onward", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Ready for something new",
                 "note": "Talked it through"}""".formatted(activity));
    }
}
