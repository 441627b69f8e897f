package org.hedgerow.referral;

import java.time.LocalDate;

import org.hedgerow.TestAccounts;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Flows around Pat's Belper Walkers: Lee refers three people to the walk this year and one two years ago, Kim
 * one; Lee refers one to Quinn's singing. Pat refers two walkers on to the singing and one to Ria's gardening;
 * Quinn refers one singer on to the walk. Dates are set, so the period filter has something to cut.
 */
class ProviderFlowTests extends ReferralApiTest {

    static final String FLOWS = "/api/groups/" + TestAccounts.OWN_GROUP + "/flows";

    @BeforeEach
    void referralsOverTwoYears() {
        neo4j.query("""
                CREATE (g:Group {id: 'g-ripley-gardeners', name: 'Ripley Gardeners', status: 'ACTIVE', version: 0})
                CREATE (:Organiser {id: 'o-ria', name: 'Ria', version: 0})-[:ORGANISES]->(g)
                CREATE (g)-[:RUNS]->(:Activity {id: 'a-garden', name: 'Allotment mornings', status: 'ACTIVE', version: 0})
                """).run();
        refer("r1", "w-lee", WALK, null, 10);
        refer("r2", "w-lee", WALK, null, 20);
        refer("r3", "w-lee", WALK, null, 30);
        refer("r-old", "w-lee", WALK, null, 730);
        refer("r4", "w-kim", WALK, null, 40);
        refer("r5", "w-lee", SING, null, 50);
        refer("on1", "o-pat", SING, "r1", 5);
        refer("on2", "o-pat", SING, "r2", 6);
        refer("on3", "o-pat", "a-garden", "r3", 7);
        refer("on-old", "o-pat", SING, "r-old", 700);
        refer("on4", "o-quinn", WALK, "r5", 8);
    }

    @Test
    void countsWhereTheGroupsReferralsCameFromAndWentOverTheLastTwelveMonths() throws Exception {
        as("pat", HttpMethod.GET, FLOWS, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.to").value(LocalDate.now(NetworkZone.ZONE).toString()))
                .andExpect(jsonPath("$.from")
                        .value(LocalDate.now(NetworkZone.ZONE).minusMonths(12).plusDays(1).toString()))
                .andExpect(jsonPath("$.received").value(5))
                .andExpect(jsonPath("$.fromLinkWorkers[*].name", contains("Lee", "Kim")))
                .andExpect(jsonPath("$.fromLinkWorkers[*].referrals", contains(3, 1)))
                .andExpect(jsonPath("$.fromLinkWorkers[0].pcn.name").value("Belper PCN"))
                .andExpect(jsonPath("$.fromProviders", hasSize(1)))
                .andExpect(jsonPath("$.fromProviders[0].group.name").value("Glossop Choir"))
                .andExpect(jsonPath("$.fromProviders[0].referrals").value(1))
                .andExpect(jsonPath("$.sent").value(3))
                .andExpect(jsonPath("$.toProviders[*].group.name", contains("Glossop Choir", "Ripley Gardeners")))
                .andExpect(jsonPath("$.toProviders[*].referrals", contains(2, 1)));
    }

    @Test
    void namesNoReferralOrParticipant() throws Exception {
        var body = as("ada", HttpMethod.GET, FLOWS, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("BEL-", "r1", "on1", "reference", "Phone");
    }

    @Test
    void thePeriodIsChosenByDayBothEndsIncluded() throws Exception {
        var today = LocalDate.now(NetworkZone.ZONE);
        as("pat", HttpMethod.GET, FLOWS + "?from=" + today.minusYears(3), null)
                .andExpect(jsonPath("$.received").value(6))
                .andExpect(jsonPath("$.fromLinkWorkers[0].referrals").value(4))
                .andExpect(jsonPath("$.sent").value(4))
                .andExpect(jsonPath("$.toProviders[0].referrals").value(3));
        as("pat", HttpMethod.GET, FLOWS + "?from=" + today.minusDays(730) + "&to=" + today.minusDays(700), null)
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.fromLinkWorkers[*].referrals", contains(1)))
                .andExpect(jsonPath("$.fromProviders", hasSize(0)))
                .andExpect(jsonPath("$.sent").value(1));
        as("pat", HttpMethod.GET, FLOWS + "?from=" + today.minusDays(729) + "&to=" + today.minusDays(701), null)
                .andExpect(jsonPath("$.received").value(0))
                .andExpect(jsonPath("$.sent").value(0))
                .andExpect(jsonPath("$.fromLinkWorkers", hasSize(0)));
        as("pat", HttpMethod.GET, FLOWS + "?from=2025-05-02&to=2025-05-01", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists());
        as("pat", HttpMethod.GET, FLOWS + "?from=yesterday", null).andExpect(status().isBadRequest());
    }

    @Test
    void organisersFacilitatorsOfItsPlaceAndAdminsSeeTheFlowsOthersAreRefused() throws Exception {
        as("pat", HttpMethod.GET, FLOWS, null).andExpect(status().isOk());
        as("fran", HttpMethod.GET, FLOWS, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(5));
        as("ada", HttpMethod.GET, FLOWS, null).andExpect(status().isOk());
        as("quinn", HttpMethod.GET, FLOWS, null).andExpect(status().isForbidden());
        as("lee", HttpMethod.GET, FLOWS, null).andExpect(status().isForbidden());
        as("fran", HttpMethod.GET, "/api/groups/" + TestAccounts.OTHER_GROUP + "/flows", null)
                .andExpect(status().isForbidden());
        as("quinn", HttpMethod.GET, "/api/groups/" + TestAccounts.OTHER_GROUP + "/flows", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromProviders[0].group.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.fromProviders[0].referrals").value(2));
        as("pat", HttpMethod.GET, "/api/groups/g-nowhere/flows", null).andExpect(status().isNotFound());
        as(null, HttpMethod.GET, FLOWS, null).andExpect(status().isUnauthorized());
    }

    /** A referral made {@code daysAgo}; onward (from another referral, by an organiser) when {@code from} is set. */
    private void refer(String id, String maker, String activity, String from, int daysAgo) {
        neo4j.query("""
                MATCH (m {id: $maker}) WHERE m:LinkWorker OR m:Organiser
                MATCH (a:Activity {id: $activity})
                OPTIONAL MATCH (before:Referral {id: $from})
                OPTIONAL MATCH (before)-[:OF]->(known:Participant)
                CALL (known) {
                    WITH known WHERE known IS NULL
                    CREATE (p:Participant {id: randomUUID(), reference: 'BEL-' + $id, consent: true})
                    RETURN p
                    UNION
                    WITH known WHERE known IS NOT NULL
                    RETURN known AS p
                }
                CREATE (r:Referral {id: $id, status: 'SENT', createdAt: datetime() - duration({days: $daysAgo}),
                        updatedAt: datetime(), version: 0})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(m), (r)-[:TO]->(a)
                FOREACH (b IN CASE WHEN before IS NULL THEN [] ELSE [before] END | CREATE (r)-[:ONWARD_FROM]->(b))
                """).bind(id).to("id").bind(maker).to("maker").bind(activity).to("activity").bind(from).to("from")
                .bind(daysAgo).to("daysAgo").run();
    }
}
