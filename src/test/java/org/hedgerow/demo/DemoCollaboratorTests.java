package org.hedgerow.demo;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Collaborator suggestions on the real demo network. Gene's walkers already partner with Scott's canal-bridge
 * choir, so the Gene → Scott → choir path shows for Tom's group, DUWC: Tom knows Gene, who knows Scott.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoCollaboratorTests extends GraphTest {

    @Autowired DemoNetwork demo;
    @Autowired Neo4jClient neo4j;
    @Autowired MockMvc mvc;

    MockHttpSession tom = new MockHttpSession();

    @BeforeEach
    void demoNetwork() throws Exception {
        TestGraph.clear(neo4j);
        assertThat(demo.load()).isTrue();
        TestAccounts.signIn(mvc, "tom", DemoAccounts.PASSWORD, tom).andExpect(status().isOk());
    }

    @Test
    void tomIsShownTheCanalBridgeChoirThroughGeneAndScott() throws Exception {
        var reasons = reasonsFor("grp-duwc", "grp-towpath-voices");

        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason).containsEntry("kind", "ORGANISERS_KNOW_SOMEONE_IN_COMMON")
                    .containsEntry("sentence",
                            "Tom Haslam knows Gene Ashworth, who knows Scott Pryor, who runs Towpath Voices Men's Choir");
            assertThat(JsonPath.<List<String>>read(reason, "$.steps[*].id"))
                    .containsExactly("grp-duwc", "org-tom", "org-gene", "org-scott", "grp-towpath-voices");
        });
    }

    @Test
    void genesWalkersAreNotToldAboutTheChoirTheyAlreadyPartnerWith() throws Exception {
        var suggested = JsonPath.<List<String>>read(collaborators("grp-long-eaton-friendship-walkers"), "$[*].group.id");

        assertThat(suggested).isNotEmpty().doesNotContain("grp-towpath-voices", "grp-long-eaton-friendship-walkers");
        assertThat(JsonPath.<List<String>>read(collaborators("grp-long-eaton-friendship-walkers"),
                "$[?(@.group.id == 'grp-duwc')].reasons[*].sentence"))
                .contains("Gene Ashworth knows Tom Haslam, who runs Derbyshire Unemployed Workers' Centre");
    }

    private List<Map<String, Object>> reasonsFor(String groupId, String suggestedId) throws Exception {
        return JsonPath.read(collaborators(groupId), "$[?(@.group.id == '" + suggestedId + "')].reasons[*]");
    }

    private String collaborators(String groupId) throws Exception {
        return mvc.perform(get("/api/groups/{id}/collaborators", groupId).param("limit", "50").session(tom))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
