package org.hedgerow.insights;

import java.time.LocalDate;

import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Network health of {@link InsightsTest}'s network. */
class NetworkHealthTests extends InsightsTest {

    @Test
    void aGroupWithNoPartnersNoFlowsAndOrganisersWhoKnowOnlyEachOtherIsIsolated() throws Exception {
        as("fran", "/api/insights/health")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isolated[*].groupId", contains("g-ripley-gardeners")))
                .andExpect(jsonPath("$.isolated[0].localityCode").value("RIPLEY"))
                .andExpect(jsonPath("$.isolated[0].why").value("No partnerships, no referrals to or from other groups "
                        + "in the last 12 months, and its organisers know nobody outside the group."))
                .andExpect(jsonPath("$.isolated[0].suggestion")
                        .value("Introduce Ria (Ripley Gardeners) to Pat (Belper Walkers), well connected in Belper."))
                .andExpect(jsonPath("$.counts.isolated").value(1));
    }

    @Test
    void brokersAreRankedByTheReferralPathsThroughThem() throws Exception {
        as("ada", "/api/insights/health")
                .andExpect(jsonPath("$.brokers[*].groupId", contains("g-belper-walkers", "g-glossop-choir")))
                .andExpect(jsonPath("$.brokers[*].paths", contains(6, "<5")))
                .andExpect(jsonPath("$.brokers[*].onwardTo", contains(2, 1)))
                .andExpect(jsonPath("$.brokers[0].localityCode").value("BELPER"))
                .andExpect(jsonPath("$.brokers[0].suggestion", startsWith("Belper Walkers passes people on to 2 other "
                        + "groups (6 referral paths)")));
        as("fran", "/api/insights/health").andExpect(jsonPath("$.brokers[*].groupId", contains("g-belper-walkers")));
    }

    @Test
    void activitiesWithMoreReferralsThanPlacesAreOverloadedAndOldListingsStale() throws Exception {
        // The day the class's graph stamped 250 days back, read from it: a midnight between then and now moves today.
        var updated = neo4j.query("MATCH (a:Activity {id: 'a-garden'}) RETURN toString(date(a.updatedAt))")
                .fetchAs(String.class).one().orElseThrow();
        assertThat(LocalDate.parse(updated)).isBetween(LocalDate.now(NetworkZone.ZONE).minusDays(251),
                LocalDate.now(NetworkZone.ZONE).minusDays(250));
        as("fran", "/api/insights/health")
                .andExpect(jsonPath("$.overloaded[*].activityId", contains("a-befriend")))
                .andExpect(jsonPath("$.overloaded[0].referrals").value("<5"))
                .andExpect(jsonPath("$.overloaded[0].capacity").value(2))
                .andExpect(jsonPath("$.overloaded[0].groupId").value("g-belper-befrienders"))
                .andExpect(jsonPath("$.overloaded[0].suggestion").value("fewer than 5 referrals in the last 12 months "
                        + "for 2 places: ask Belper Befrienders whether Befriending could add a session, and look for a "
                        + "similar activity nearby to share the demand."))
                .andExpect(jsonPath("$.stale[*].activityId", contains("a-garden")))
                .andExpect(jsonPath("$.stale[0].suggestion").value("Ask Ria to confirm or update Allotment mornings; "
                        + "not updated since " + updated + "."));
    }

    @Test
    void localitiesWithNothingGreenInThemAreListed() throws Exception {
        as("fran", "/api/insights/health").andExpect(jsonPath("$.noGreen", hasSize(0)));
        as("ada", "/api/insights/health")
                .andExpect(jsonPath("$.noGreen[*].localityCode", contains("GLOSSOP", "HIGHPEAK")))
                .andExpect(jsonPath("$.noGreen[0].suggestion").value("No green activity within 10 km: look for a walking, "
                        + "gardening or conservation group to start one in Glossop."))
                .andExpect(jsonPath("$.counts.noGreen").value(2));
    }

    @Test
    void onlyFacilitatorsOfThePlaceAndAdminsSeeIt() throws Exception {
        as("fran", "/api/insights/health?locality=HIGHPEAK").andExpect(status().isForbidden());
        as("pat", "/api/insights/health").andExpect(status().isForbidden());
        as("lee", "/api/insights/health").andExpect(status().isForbidden());
        as("ada", "/api/insights/health?locality=GLOSSOP").andExpect(status().isOk())
                .andExpect(jsonPath("$.place.name").value("Glossop"));
        var csv = as("ada", "/api/insights/health.csv").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"health-[A-Z]+-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv\"")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")[0])
                .isEqualTo("finding,id,name,groupId,localityCode,figure,detail,suggestion");
        org.assertj.core.api.Assertions.assertThat(csv).contains("ISOLATED,g-ripley-gardeners,Ripley Gardeners,",
                "BROKER,g-glossop-choir,Glossop Choir,g-glossop-choir,GLOSSOP,<5,", "NO_GREEN,HIGHPEAK,High Peak,");
    }
}
