package org.hedgerow.groups;

import org.hedgerow.core.ConflictException;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class GroupEditTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    MockHttpSession pat = new MockHttpSession();

    @BeforeEach
    void signInAsOrganiser() throws Exception {
        TestAccounts.create(neo4j, provisioning);
        TestAccounts.signIn(mvc, "pat", TestAccounts.PASSWORD, pat).andExpect(status().isOk());
    }

    @Test
    void anOrganiserUpdatesTheirGroupAndTheVersionMovesOn() throws Exception {
        edit("""
                {"description": "Gentle walks by the Derwent", "website": "https://belperwalkers.example", "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.description").value("Gentle walks by the Derwent"))
                .andExpect(jsonPath("$.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.localityCode").value("BELPER"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anEmptyTextTakesTheDescriptionOrWebsiteAwayAndAnAbsentOneLeavesIt() throws Exception {
        edit("""
                {"description": "Gentle walks", "website": "https://belperwalkers.example", "version": 0}""")
                .andExpect(status().isOk());
        edit("""
                {"name": "Belper Walkers", "version": 1}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Gentle walks"));
        edit("""
                {"description": "", "website": " ", "version": 2}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.website").exists());
        edit("""
                {"description": "  ", "website": "", "version": 2}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").doesNotExist())
                .andExpect(jsonPath("$.website").doesNotExist());
        assertThat(description()).isNull();
    }

    @Test
    void theLoserOfAConcurrentEditGetsAConflictAndTheWinnersChangeStands() throws Exception {
        edit("""
                {"description": "First", "version": 0}""").andExpect(status().isOk());
        edit("""
                {"description": "Second", "version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reload")));

        assertThat(description()).isEqualTo("First");
    }

    @Autowired Groups edits;

    @Test
    void ofTwoEditsRacingFromOneVersionExactlyOneWins() throws Exception {
        String pat = TestAccounts.accountId(neo4j, "pat");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                long version = TestAccounts.version(neo4j, "Group", TestAccounts.OWN_GROUP);
                var ready = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<Boolean> edit = () -> {
                    ready.await();
                    try {
                        edits.change(TestAccounts.OWN_GROUP, pat, new GroupChanges(null, "racing", null, null, version));
                        return true;
                    }
                    catch (org.hedgerow.core.ConflictException lost) {
                        return false;
                    }
                };
                var one = pool.submit(edit);
                var other = pool.submit(edit);
                assertThat(java.util.List.of(one.get(), other.get())).as("round " + round).containsExactlyInAnyOrder(true, false);
                assertThat(TestAccounts.version(neo4j, "Group", TestAccounts.OWN_GROUP)).isEqualTo(version + 1);
            }
        }
    }

    @Test
    void badFieldsAreNamedAndNothingChanges() throws Exception {
        edit("""
                {"name": "", "website": "not a web address"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.website").value("must be a web address starting http:// or https://"))
                .andExpect(jsonPath("$.errors.version").exists());
        edit("{not json").andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Unreadable request body"));
        edit("""
                {"name": "   ", "version": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("must not be blank"));
        edit("""
                {"descripton": "Gentle walks", "version": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.descripton").exists());

        assertThat(TestAccounts.version(neo4j, "Group", TestAccounts.OWN_GROUP)).isZero();
    }

    private ResultActions edit(String json) throws Exception {
        return mvc.perform(patch("/api/groups/" + TestAccounts.OWN_GROUP).session(pat).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String description() {
        return neo4j.query("MATCH (g:Group {id: $id}) RETURN g.description").bind(TestAccounts.OWN_GROUP).to("id")
                .fetchAs(String.class).one().orElse(null);
    }
}
