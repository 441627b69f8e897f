package org.hedgerow.referral;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MakingReferralsTests extends ReferralApiTest {

    @Test
    void aLinkWorkerRefersSomeoneAndTheReferralStartsAsSentWithItsFirstEvent() throws Exception {
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(WALK))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/referrals/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.activity.name").value("Tuesday towpath walk"))
                .andExpect(jsonPath("$.group.id").value("g-belper-walkers"))
                .andExpect(jsonPath("$.madeBy.name").value("Lee"))
                .andExpect(jsonPath("$.madeBy.kind").value("LINK_WORKER"))
                .andExpect(jsonPath("$.needs[0]").value("LONELINESS"))
                .andExpect(jsonPath("$.participant.reference").value("BEL-0142"))
                .andExpect(jsonPath("$.participant.consent.given").value(true))
                .andExpect(jsonPath("$.participant.consent.recordedBy").value("Lee"))
                .andExpect(jsonPath("$.events[0].status").value("SENT"))
                .andExpect(jsonPath("$.events[0].by").value("Lee"));

        assertThat(count("MATCH (:Referral)-[:OF]->(p:Participant) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (:Referral)-[:MADE_BY]->(:LinkWorker {id: 'w-lee'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Referral)-[:TO]->(:Activity {id: 'a-walk'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) RETURN a.spacesLeft")).as("making uses no space").isEqualTo(1);
        assertThat(events.ofType(ReferralMade.class)).singleElement().satisfies(made -> {
            assertThat(made.activityId()).isEqualTo(WALK);
            assertThat(made.groupId()).isEqualTo("g-belper-walkers");
            assertThat(made.status()).isEqualTo(ReferralStatus.SENT);
        });
    }

    @Test
    void makingAReferralIsAuditedWithoutPersonalData() throws Exception {
        String id = refer(WALK);
        assertThat(audited("REFERRAL_CHANGED", id)).isEqualTo(1);
        assertThat(count("MATCH (e:AuditEvent {kind: 'PARTICIPANT_CHANGED'}) RETURN count(e)")).isEqualTo(1);
        assertThat(count("""
                MATCH (e:AuditEvent) WHERE e.detail CONTAINS 'BEL-0142' OR e.detail CONTAINS '07700'
                RETURN count(e)""")).isZero();
    }

    @Test
    void withoutConsentNothingIsMadeAndTheConsentFieldIsNamed() throws Exception {
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(WALK).replace("\"given\": true", "\"given\": false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['participant.consent.given']").value(containsString("consent")));
        assertThat(count("MATCH (n) WHERE n:Referral OR n:Participant RETURN count(n)")).isZero();
        assertThat(events.ofType(ReferralMade.class)).isEmpty();
    }

    @Test
    void eachBadFieldIsNamed() throws Exception {
        as("lee", HttpMethod.POST, "/api/referrals", """
                {"activity": "", "needs": [], "reason": "%s",
                 "participant": {"reference": "x", "contact": "", "consent": {"given": true}}}"""
                .formatted("r".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.activity").exists())
                .andExpect(jsonPath("$.errors.needs").exists())
                .andExpect(jsonPath("$.errors.reason").exists())
                .andExpect(jsonPath("$.errors['participant.reference']").exists())
                .andExpect(jsonPath("$.errors['participant.contact']").exists())
                .andExpect(jsonPath("$.errors['participant.consent.recordedBy']").exists())
                .andExpect(jsonPath("$.errors['participant.consent.recordedAt']").exists());
    }

    @Test
    void anUnknownActivityOrNeedIsNamedAndAnArchivedActivityIsAConflict() throws Exception {
        as("lee", HttpMethod.POST, "/api/referrals", newReferral("a-nowhere").replace("\"LONELINESS\"", "\"BOREDOM\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.activity").value(containsString("a-nowhere")))
                .andExpect(jsonPath("$.errors.needs").value(containsString("BOREDOM")))
                .andExpect(jsonPath("$.errors.needs").value(containsString("the needs are ")))
                .andExpect(jsonPath("$.errors.needs").value(containsString("LONELINESS")));
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(ARCHIVED_WALK))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("ARCHIVED")));
        assertThat(count("MATCH (n) WHERE n:Referral OR n:Participant RETURN count(n)")).isZero();
    }

    @Test
    void aSignpostingOnlyActivityTakesNoReferralsAndSaysSoAndNothingIsMade() throws Exception {
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.wayIn = 'SIGNPOSTING_ONLY'").bind(WALK).to("id").run();
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(WALK))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("signposting-only")))
                .andExpect(jsonPath("$.detail").value(containsString("signposting only")));
        assertThat(count("MATCH (n) WHERE n:Referral OR n:Participant RETURN count(n)")).isZero();
        assertThat(count("MATCH (e:AuditEvent) WHERE e.kind STARTS WITH 'REFERRAL' RETURN count(e)")).isZero();
        assertThat(events.ofType(ReferralMade.class)).isEmpty();

        // Any other way in takes referrals.
        for (String wayIn : new String[] {"DROP_IN", "BOOK_AHEAD", "REFERRAL_NEEDED"}) {
            neo4j.query("MATCH (a:Activity {id: $id}) SET a.wayIn = $wayIn").bind(WALK).to("id").bind(wayIn).to("wayIn")
                    .run();
            as("lee", HttpMethod.POST, "/api/referrals", newReferral(WALK)).andExpect(status().isCreated());
        }
    }

    @Test
    void onlyLinkWorkersMakeReferrals() throws Exception {
        for (String other : new String[] {"pat", "fran", "ada"}) {
            as(other, HttpMethod.POST, "/api/referrals", newReferral(WALK)).andExpect(status().isForbidden());
        }
        as(null, HttpMethod.POST, "/api/referrals", newReferral(WALK)).andExpect(status().isUnauthorized());
    }

    @Test
    void theReferrerAndTheReceivingGroupSeeItWithItsVersionAndEveryReadIsAudited() throws Exception {
        String id = refer(WALK);
        as("lee", HttpMethod.GET, "/api/referrals/" + id, null)
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.participant.contact").value("Phone 07700 900123, prefers mornings"));
        as("pat", HttpMethod.GET, "/api/referrals/" + id, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.participant.reference").value("BEL-0142"));
        as("ada", HttpMethod.GET, "/api/referrals/" + id, null).andExpect(status().isOk());

        assertThat(audited("REFERRAL_READ", id)).isEqualTo(3);
        assertThat(count("MATCH (e:AuditEvent {kind: 'PARTICIPANT_READ'}) RETURN count(e)")).isEqualTo(3);
        assertThat(count("""
                MATCH (e:AuditEvent {kind: 'REFERRAL_READ'}) WHERE e.actor = 'ada' AND e.actorRole = 'ADMIN'
                RETURN count(e)""")).isEqualTo(1);
    }

    @Test
    void anyoneElseIsToldThereIsNoSuchReferral() throws Exception {
        String id = refer(WALK);
        for (String outsider : new String[] {"quinn", "kim", "fran"}) {
            as(outsider, HttpMethod.GET, "/api/referrals/" + id, null)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value(containsString("no referral")));
        }
        as("lee", HttpMethod.GET, "/api/referrals/r-no-such", null).andExpect(status().isNotFound());
        assertThat(audited("REFERRAL_READ", id)).isZero();
    }
}
