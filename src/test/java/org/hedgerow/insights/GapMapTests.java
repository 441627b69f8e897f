package org.hedgerow.insights;

import java.time.LocalDate;

import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The gap map of {@link InsightsTest}'s network, every figure worked out by hand. */
class GapMapTests extends InsightsTest {

    @Test
    void byNeedEachCellCountsSupplyWhereItIsHeldAndDemandWhereTheReferralWasMadeFrom() throws Exception {
        as("ada", "/api/insights/gaps?by=need")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("DDICS"))
                .andExpect(jsonPath("$.by").value("need"))
                .andExpect(jsonPath("$.columns[*].code", contains("LONELINESS", "LOW_MOOD", "PHYSICAL_INACTIVITY")))
                .andExpect(jsonPath("$.rows[*].localityName", contains("Belper", "Glossop", "Ripley")))
                // Belper, loneliness: coffee morning (drop-in, fortnightly) and befriending (2 places, none left);
                // 6 referrals by Lee and 3 onward by Pat, one of them declined as full.
                .andExpect(jsonPath("$.rows[0].cells[0].activities").value(2))
                .andExpect(jsonPath("$.rows[0].cells[0].weeklySessions").value(1.5))
                .andExpect(jsonPath("$.rows[0].cells[0].capacity").value(2))
                .andExpect(jsonPath("$.rows[0].cells[0].spacesLeft").value(0))
                .andExpect(jsonPath("$.rows[0].cells[0].demand").value(9))
                .andExpect(jsonPath("$.rows[0].cells[0].declinedFull").value("<5"))
                .andExpect(jsonPath("$.rows[0].cells[0].pressure").value(9.0))
                .andExpect(jsonPath("$.rows[0].cells[0].gap").value(false))
                // Belper, physical inactivity: the walk, twice weekly, 10 places, 2 left; 8 referrals this year.
                .andExpect(jsonPath("$.rows[0].cells[2].activities").value(1))
                .andExpect(jsonPath("$.rows[0].cells[2].weeklySessions").value(2.0))
                .andExpect(jsonPath("$.rows[0].cells[2].capacity").value(10))
                .andExpect(jsonPath("$.rows[0].cells[2].spacesLeft").value(2))
                .andExpect(jsonPath("$.rows[0].cells[2].demand").value(8))
                .andExpect(jsonPath("$.rows[0].cells[2].pressure").value(4.0))
                // Belper, low mood: 4 referrals (suppressed), nothing for it in Belper.
                .andExpect(jsonPath("$.rows[0].cells[1].demand").value("<5"))
                .andExpect(jsonPath("$.rows[0].cells[1].pressure").doesNotExist())
                .andExpect(jsonPath("$.rows[0].cells[1].gap").value(true))
                // Glossop, loneliness: Kim's 6 referrals went to Belper; no provision in Glossop.
                .andExpect(jsonPath("$.rows[1].cells[0].activities").value(0))
                .andExpect(jsonPath("$.rows[1].cells[0].demand").value(6))
                .andExpect(jsonPath("$.rows[1].cells[0].declinedFull").value(0))
                .andExpect(jsonPath("$.rows[1].cells[0].pressure").value(6.0))
                .andExpect(jsonPath("$.rows[1].cells[0].gap").value(true))
                // Glossop, low mood: the monthly singing (12/52 sessions a week), 2 referrals.
                .andExpect(jsonPath("$.rows[1].cells[1].weeklySessions").value(0.23))
                .andExpect(jsonPath("$.rows[1].cells[1].capacity").value(20))
                .andExpect(jsonPath("$.rows[1].cells[1].demand").value("<5"))
                .andExpect(jsonPath("$.rows[1].cells[1].gap").value(false))
                // Ripley: supply, no demand.
                .andExpect(jsonPath("$.rows[2].cells[1].activities").value(1))
                .andExpect(jsonPath("$.rows[2].cells[1].demand").value(0))
                .andExpect(jsonPath("$.rows[2].cells[1].pressure").doesNotExist())
                .andExpect(jsonPath("$.rows[2].cells[1].gap").value(false));
    }

    @Test
    void theBiggestGapsAreRankedByDemandWithTheReasonInWords() throws Exception {
        as("ada", "/api/insights/gaps?by=need")
                .andExpect(jsonPath("$.biggestGaps", hasSize(3)))
                .andExpect(jsonPath("$.biggestGaps[*].localityName", contains("Glossop", "Belper", "Glossop")))
                .andExpect(jsonPath("$.biggestGaps[*].code", contains("LONELINESS", "LOW_MOOD", "PHYSICAL_INACTIVITY")))
                .andExpect(jsonPath("$.biggestGaps[*].demand", contains(6, "<5", "<5")))
                .andExpect(jsonPath("$.biggestGaps[0].activities").value(0))
                .andExpect(jsonPath("$.biggestGaps[0].pressure").value(6.0))
                .andExpect(jsonPath("$.biggestGaps[0].reason")
                        .value("Glossop: 6 referrals for loneliness, no activity for loneliness within 5 km"))
                .andExpect(jsonPath("$.biggestGaps[1].reason").value("Belper: fewer than 5 referrals for low mood, "
                        + "no activity for low mood in Belper; the nearest is Allotment mornings in Ripley, 3.4 km away"));
    }

    @Test
    void byCategoryGreenCategoriesComeFirstAndDemandIsReferralsIntoTheCategory() throws Exception {
        as("ada", "/api/insights/gaps?by=category")
                .andExpect(jsonPath("$.by").value("category"))
                .andExpect(jsonPath("$.columns[*].code", contains("GARDENING", "WALKING", "BEFRIENDING", "MUSIC", "SOCIAL")))
                .andExpect(jsonPath("$.columns[*].green", contains(true, true, false, false, false)))
                .andExpect(jsonPath("$.rows[0].cells[*].demand", contains("<5", 8, "<5", "<5", 6)))
                .andExpect(jsonPath("$.rows[0].cells[*].gap", contains(true, false, false, true, false)))
                .andExpect(jsonPath("$.rows[1].cells[*].demand", contains(0, "<5", 0, "<5", 6)))
                .andExpect(jsonPath("$.rows[1].cells[*].gap", contains(false, true, false, false, true)))
                .andExpect(jsonPath("$.biggestGaps[*].code", contains("SOCIAL", "MUSIC", "GARDENING", "WALKING")))
                .andExpect(jsonPath("$.biggestGaps[0].reason")
                        .value("Glossop: 6 referrals into social, no social activity within 5 km"));
    }

    @Test
    void aFacilitatorSeesTheirOwnPlaceByDefaultAndNothingOutsideIt() throws Exception {
        as("fran", "/api/insights/gaps")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("AMBER"))
                .andExpect(jsonPath("$.place.name").value("Amber Valley"))
                .andExpect(jsonPath("$.rows[*].localityName", contains("Belper", "Ripley")))
                .andExpect(jsonPath("$.to").value(LocalDate.now(NetworkZone.ZONE).toString()))
                .andExpect(jsonPath("$.from")
                        .value(LocalDate.now(NetworkZone.ZONE).minusMonths(12).plusDays(1).toString()));
        as("fran", "/api/insights/gaps?locality=BELPER").andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].localityName", contains("Belper")));
        as("fran", "/api/insights/gaps?locality=GLOSSOP").andExpect(status().isForbidden());
        as("fran", "/api/insights/gaps?locality=DDICS").andExpect(status().isForbidden());
        as("fran", "/api/insights/gaps?locality=NOWHERE").andExpect(status().isNotFound());
        as("pat", "/api/insights/gaps").andExpect(status().isForbidden());
        as("lee", "/api/insights/gaps").andExpect(status().isForbidden());
        as(null, "/api/insights/gaps").andExpect(status().isUnauthorized());
    }

    @Test
    void thePeriodChoosesWhichReferralsCountAsDemand() throws Exception {
        var today = LocalDate.now(NetworkZone.ZONE);
        as("ada", "/api/insights/gaps?by=need&from=" + today.minusDays(401) + "&to=" + today.minusDays(399))
                .andExpect(jsonPath("$.rows[0].cells[*].demand", contains(0, 0, "<5")))
                .andExpect(jsonPath("$.biggestGaps", hasSize(0)));
        as("ada", "/api/insights/gaps?from=2026-05-02&to=2026-05-01")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
        as("ada", "/api/insights/gaps?by=colour")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.by").exists());
    }

    @Test
    void theCsvHasAHeaderAndOneQuotedLinePerCellWithSmallCountsSuppressed() throws Exception {
        var today = LocalDate.now(NetworkZone.ZONE);
        var csv = as("fran", "/api/insights/gaps.csv?by=need")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"gaps-by-need-AMBER-"
                        + today.minusMonths(12).plusDays(1) + "-" + today + ".csv\""))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var lines = csv.split("\r\n");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(1 + 2 * 3);
        org.assertj.core.api.Assertions.assertThat(lines[0]).isEqualTo("localityCode,localityName,needCode,needName,"
                + "green,activities,weeklySessions,capacity,spacesLeft,demand,declinedFull,pressure,gap");
        org.assertj.core.api.Assertions.assertThat(lines[1])
                .isEqualTo("BELPER,Belper,LONELINESS,Loneliness,false,2,1.5,2,0,9,<5,9.0,false");
        org.assertj.core.api.Assertions.assertThat(lines[2])
                .isEqualTo("BELPER,Belper,LOW_MOOD,Low mood,false,0,0.0,0,0,<5,0,,true");
        as("ada", "/api/insights/gaps.csv").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("GLOSSOP,Glossop,SOCIAL,Social,false,0,")));
    }

    @Test
    void askingForCsvAtTheJsonPathAnswersTheSameFileAndAnythingElseGetsJson() throws Exception {
        var download = as("fran", "/api/insights/gaps.csv?by=need").andReturn().getResponse();
        var negotiated = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/insights/gaps?by=need").session(browsers.of("fran")).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", download.getContentType()))
                .andExpect(header().string("Content-Disposition", download.getHeader("Content-Disposition")))
                .andReturn().getResponse();
        org.assertj.core.api.Assertions.assertThat(negotiated.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(download.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/insights/gaps?by=need").session(browsers.of("fran")).accept("*/*"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(jsonPath("$.by").value("need"));
    }
}
