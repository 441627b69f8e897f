package org.hedgerow.insights;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outcomes of {@link InsightsTest}'s network. */
class OutcomeTests extends InsightsTest {

    @Test
    void countsPeopleReferralsByStatusWellbeingGpAppointmentsAndServices() throws Exception {
        as("ada", "/api/insights/outcomes")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("DDICS"))
                .andExpect(jsonPath("$.peopleSupported").value(23))
                .andExpect(jsonPath("$.referralsByStatus.SENT").value(10))
                .andExpect(jsonPath("$.referralsByStatus.ACCEPTED").value(6))
                .andExpect(jsonPath("$.referralsByStatus.ATTENDING").value("<5"))
                .andExpect(jsonPath("$.referralsByStatus.COMPLETED").value(8))
                .andExpect(jsonPath("$.referralsByStatus.DECLINED").value("<5"))
                .andExpect(jsonPath("$.referralsByStatus.WITHDRAWN").value("<5"))
                .andExpect(jsonPath("$.wellbeingImprovedShare").value(0.75))
                .andExpect(jsonPath("$.wellbeingAnswered").value(8))
                .andExpect(jsonPath("$.gpAppointmentsChange").value(-9.0))
                .andExpect(jsonPath("$.gpAnswered").value(8))
                .andExpect(jsonPath("$.servicesUsed").value(3));
    }

    @Test
    void aFacilitatorsPlaceCountsReferralsMadeFromIt() throws Exception {
        as("fran", "/api/insights/outcomes")
                .andExpect(jsonPath("$.place.code").value("AMBER"))
                .andExpect(jsonPath("$.peopleSupported").value(15))
                .andExpect(jsonPath("$.referralsByStatus.COMPLETED").value(6))
                .andExpect(jsonPath("$.wellbeingImprovedShare").value(0.833))
                .andExpect(jsonPath("$.gpAppointmentsChange").value(-9.0))
                .andExpect(jsonPath("$.servicesUsed").value(3));
    }

    @Test
    void sharesOfFewerThanFivePeopleAreNotShown() throws Exception {
        as("ada", "/api/insights/outcomes?locality=GLOSSOP")
                .andExpect(jsonPath("$.peopleSupported").value(8))
                .andExpect(jsonPath("$.wellbeingAnswered").value("<5"))
                .andExpect(jsonPath("$.wellbeingImprovedShare").doesNotExist())
                .andExpect(jsonPath("$.gpAppointmentsChange").doesNotExist());
        as("fran", "/api/insights/outcomes?locality=RIPLEY")
                .andExpect(jsonPath("$.peopleSupported").value(0))
                .andExpect(jsonPath("$.servicesUsed").value(0));
    }

    @Test
    void theCsvListsEachFigure() throws Exception {
        var csv = as("ada", "/api/insights/outcomes.csv").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"outcomes-[A-Z]+-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv\"")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("measure,value\r\npeopleSupported,23\r\n")
                .contains("referralsDECLINED,<5\r\n", "wellbeingImprovedShare,0.75\r\n",
                        "gpAppointmentsChange,-9.0\r\n", "servicesUsed,3\r\n");
        as("pat", "/api/insights/outcomes.csv").andExpect(status().isForbidden());
    }
}
