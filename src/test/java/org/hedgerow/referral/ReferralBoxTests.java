package org.hedgerow.referral;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReferralBoxTests extends ReferralApiTest {

    private String walkInJanuary;
    private String walkNow;
    private String singA;
    private String singB;
    private String kimsWalk;

    private void fourReferrals() throws Exception {
        walkInJanuary = refer(WALK);
        singA = refer(SING);
        singB = refer(SING);
        walkNow = refer(WALK);
        kimsWalk = com.jayway.jsonpath.JsonPath.read(
                as("kim", HttpMethod.POST, "/api/referrals", newReferral(WALK).replace("BEL-0142", "KIM-7"))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // Spread them over time, oldest first in the order made.
        neo4j.query("""
                MATCH (r:Referral {id: $january}) SET r.createdAt = datetime('2025-01-10T09:00:00Z');
                """).bind(walkInJanuary).to("january").run();
        int minute = 0;
        for (String id : new String[] {singA, singB, walkNow, kimsWalk}) {
            neo4j.query("MATCH (r:Referral {id: $id}) SET r.createdAt = datetime('2025-06-01T09:00:00Z') + duration({minutes: $m})")
                    .bind(id).to("id").bind(++minute).to("m").run();
        }
    }

    @Test
    void aProvidersInboxHoldsReferralsToTheirGroupsNewestFirstByReferenceOnly() throws Exception {
        fourReferrals();
        as("pat", HttpMethod.GET, "/api/referrals?box=inbox", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[*].id", contains(kimsWalk, walkNow, walkInJanuary)))
                .andExpect(jsonPath("$.items[0].participantReference").value("KIM-7"))
                .andExpect(jsonPath("$.items[0].madeBy.name").value("Kim"))
                .andExpect(content().string(not(containsString("07700"))));
        as("quinn", HttpMethod.GET, "/api/referrals", null)
                .andExpect(jsonPath("$.items[*].id", contains(singB, singA)));
        // Every referral a page showed is a read of it (by whom, listed where), found by its id as any read is.
        for (String id : new String[] {kimsWalk, walkNow, walkInJanuary}) {
            assertThat(neo4j.query("""
                    MATCH (e:AuditEvent {kind: 'REFERRAL_READ', subjectType: 'Referral', subjectId: $id})
                    RETURN e.actor + ': ' + e.detail""").bind(id).to("id").fetchAs(String.class).all())
                    .containsExactly("pat: listed in the inbox, page 1");
        }
        assertThat(audited("REFERRAL_READ", singA) + audited("REFERRAL_READ", singB)).isEqualTo(2);
        assertThat(count("MATCH (e:AuditEvent {kind: 'REFERRAL_READ'}) RETURN count(e)")).isEqualTo(5);
        assertThat(count("""
                MATCH (e:AuditEvent {kind: 'REFERRAL_READ'})
                WHERE e.detail CONTAINS 'BEL' OR e.detail CONTAINS 'KIM' RETURN count(e)""")).isZero();
    }

    @Test
    void aLinkWorkersOutboxHoldsOnlyTheirOwnReferrals() throws Exception {
        fourReferrals();
        as("lee", HttpMethod.GET, "/api/referrals", null)
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.items[*].id", contains(walkNow, singB, singA, walkInJanuary)));
        as("kim", HttpMethod.GET, "/api/referrals?box=outbox", null)
                .andExpect(jsonPath("$.items[*].id", contains(kimsWalk)));
        as("pat", HttpMethod.GET, "/api/referrals?box=outbox", null).andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void boxesFilterByStatusActivityAndPeriodAndComeInPages() throws Exception {
        fourReferrals();
        move("quinn", singA, ReferralStatus.ACCEPTED, null);
        as("quinn", HttpMethod.GET, "/api/referrals?status=ACCEPTED", null)
                .andExpect(jsonPath("$.items[*].id", contains(singA)));
        as("lee", HttpMethod.GET, "/api/referrals?activity=" + SING, null)
                .andExpect(jsonPath("$.items[*].id", contains(singB, singA)));
        as("lee", HttpMethod.GET, "/api/referrals?from=2025-01-01&to=2025-01-10", null)
                .andExpect(jsonPath("$.items[*].id", contains(walkInJanuary)));
        as("lee", HttpMethod.GET, "/api/referrals?from=2025-06-01", null).andExpect(jsonPath("$.totalItems").value(3));
        as("lee", HttpMethod.GET, "/api/referrals?size=2&page=1", null)
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[*].id", contains(singA, walkInJanuary)))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void aPeriodIsOfDaysInTheUk() throws Exception {
        var late = refer(WALK);
        // 00:30 on 2 June in the UK: made on the 2nd, though it was still the 1st in UTC.
        neo4j.query("MATCH (r:Referral {id: $id}) SET r.createdAt = datetime('2025-06-01T23:30:00Z')")
                .bind(late).to("id").run();
        as("lee", HttpMethod.GET, "/api/referrals?from=2025-06-02&to=2025-06-02", null)
                .andExpect(jsonPath("$.items[*].id", contains(late)));
        as("lee", HttpMethod.GET, "/api/referrals?from=2025-06-01&to=2025-06-01", null)
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void badFiltersAreNamedAndOnlyProvidersAndLinkWorkersHaveBoxes() throws Exception {
        as("lee", HttpMethod.GET, "/api/referrals?box=inbox", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.box").exists());
        as("pat", HttpMethod.GET, "/api/referrals?box=sideways", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.box").exists());
        as("pat", HttpMethod.GET, "/api/referrals?status=LOST", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.status").exists());
        as("pat", HttpMethod.GET, "/api/referrals?from=2025-02-01&to=2025-01-01", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
        as("fran", HttpMethod.GET, "/api/referrals", null).andExpect(status().isForbidden());
        as("ada", HttpMethod.GET, "/api/referrals", null).andExpect(status().isForbidden());
        as(null, HttpMethod.GET, "/api/referrals", null).andExpect(status().isUnauthorized());
    }
}
