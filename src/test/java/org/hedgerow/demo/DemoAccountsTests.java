package org.hedgerow.demo;

import java.time.Duration;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired DemoNetwork demo;
    @Autowired ConfigurableApplicationContext context;

    @BeforeEach
    void demoNetwork() {
        TestGraph.clear(neo4j);
        demo.load();
    }

    @Test
    void everyDemoGroupsOrganiserEveryLinkWorkerAFacilitatorAndAnAdminCanSignIn() throws Exception {
        assertThat(TestGraph.count(neo4j, "MATCH (a:Account {demo: true}) RETURN count(a)"))
                .isEqualTo(DemoAccounts.of(DemoNetworkFile.read()).size());
        signIn("gene", new MockHttpSession()).andExpect(jsonPath("$.role").value("PROVIDER"))
                .andExpect(jsonPath("$.actsAs.id").value("org-gene"));
        signIn("amira", new MockHttpSession()).andExpect(jsonPath("$.role").value("LINK_WORKER"));
        signIn("facilitator", new MockHttpSession()).andExpect(jsonPath("$.role").value("FACILITATOR"))
                .andExpect(jsonPath("$.place.id").value("DDICS"));
        signIn("admin", new MockHttpSession()).andExpect(jsonPath("$.role").value("ADMIN"));
    }

    @Test
    void geneChangesHisWalkingGroupButNotScottsChoir() throws Exception {
        var gene = new MockHttpSession();
        signIn("gene", gene);

        edit(gene, "grp-long-eaton-friendship-walkers").andExpect(status().isOk());
        edit(gene, "grp-towpath-voices").andExpect(status().isForbidden());
    }

    @Test
    void theDerbyshireFacilitatorLooksAfterEveryDemoGroup() throws Exception {
        var facilitator = new MockHttpSession();
        signIn("facilitator", facilitator);

        edit(facilitator, "grp-towpath-voices").andExpect(status().isOk());
        edit(facilitator, "grp-glossop-get-together").andExpect(status().isOk());
    }

    @Test
    void warnsAtEveryStartWhileDemoAccountsAreActive(CapturedOutput output) {
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        assertThat(output).contains("DEMO ACCOUNTS are active");
    }

    private ResultActions signIn(String username, MockHttpSession session) throws Exception {
        return TestAccounts.signIn(mvc, username, DemoAccounts.PASSWORD, session).andExpect(status().isOk());
    }

    private ResultActions edit(MockHttpSession session, String group) throws Exception {
        return mvc.perform(patch("/api/groups/" + group).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"description": "Updated", "version": %d}""".formatted(TestAccounts.version(neo4j, "Group", group))));
    }
}
