package org.hedgerow.insights;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Referral flows of {@link InsightsTest}'s network. */
class FlowMapTests extends InsightsTest {

    @Test
    void aPlacesFlowsAreEveryReferralMadeFromItOrReceivedInItHeaviestFirst() throws Exception {
        as("fran", "/api/insights/flows")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.code").value("AMBER"))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.edges", hasSize(8)))
                .andExpect(jsonPath("$.edges[*].from", contains("p-belper", "w-lee", "p-glossop", "w-kim",
                        "g-belper-walkers", "g-belper-walkers", "g-glossop-choir", "w-lee")))
                .andExpect(jsonPath("$.edges[*].to", contains("w-lee", "g-belper-walkers", "w-kim", "g-belper-walkers",
                        "g-belper-befrienders", "g-glossop-choir", "g-belper-walkers", "g-ripley-gardeners")))
                .andExpect(jsonPath("$.edges[*].count", contains(15, 14, 6, 6, "<5", "<5", "<5", "<5")))
                .andExpect(jsonPath("$.nodes[*].id", contains("g-belper-befrienders", "g-belper-walkers",
                        "g-glossop-choir", "g-ripley-gardeners", "w-kim", "w-lee", "p-belper", "p-glossop")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-glossop-choir')].kind").value(contains("GROUP")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'g-glossop-choir')].localityCode").value(contains("GLOSSOP")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'w-kim')].kind").value(contains("LINK_WORKER")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'p-belper')].kind").value(contains("PCN")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'p-belper')].localityCode").value(contains("BELPER")));
    }

    @Test
    void aProviderSeesOnlyTheirOwnGroupsFlows() throws Exception {
        as("pat", "/api/insights/flows?group=g-belper-walkers")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.kind").value("GROUP"))
                .andExpect(jsonPath("$.scope.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.edges", hasSize(7)))
                .andExpect(jsonPath("$.edges[?(@.from == 'w-lee')].count").value(contains(14)))
                .andExpect(jsonPath("$.edges[?(@.from == 'p-belper')].count").value(contains(14)))
                .andExpect(jsonPath("$.edges[?(@.from == 'g-belper-walkers')].to",
                        containsInAnyOrder("g-glossop-choir", "g-belper-befrienders")))
                .andExpect(jsonPath("$.nodes[*].id", hasSize(7)));
        as("pat", "/api/insights/flows?group=g-glossop-choir").andExpect(status().isForbidden());
        as("pat", "/api/insights/flows").andExpect(status().isForbidden());
        as("pat", "/api/insights/flows?group=g-nowhere").andExpect(status().isNotFound());
        as("quinn", "/api/insights/flows?group=g-glossop-choir").andExpect(status().isOk())
                .andExpect(jsonPath("$.edges[?(@.from == 'w-kim')].count").value(contains("<5")));
        as("fran", "/api/insights/flows?group=g-glossop-choir").andExpect(status().isForbidden());
        as("fran", "/api/insights/flows?group=g-ripley-gardeners").andExpect(status().isOk());
        as("lee", "/api/insights/flows?group=g-belper-walkers").andExpect(status().isForbidden());
        as("lee", "/api/insights/flows").andExpect(status().isForbidden());
    }

    @Test
    void namesNoReferralOrParticipant() throws Exception {
        var body = as("ada", "/api/insights/flows").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("REF-", "\"L1\"", "p-L1", "Participant");
    }

    @Test
    void theCsvNamesBothEndsOfEachEdge() throws Exception {
        var csv = as("fran", "/api/insights/flows.csv").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"flows-AMBER-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv\"")))
                .andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        org.assertj.core.api.Assertions.assertThat(lines[0]).isEqualTo("fromId,fromKind,fromName,toId,toKind,toName,count");
        org.assertj.core.api.Assertions.assertThat(lines[1]).isEqualTo("p-belper,PCN,Belper PCN,w-lee,LINK_WORKER,Lee,15");
        org.assertj.core.api.Assertions.assertThat(lines).contains(
                "g-belper-walkers,GROUP,Belper Walkers,g-glossop-choir,GROUP,Glossop Choir,<5");
    }
}
