package org.hedgerow.connections;

import java.util.List;
import java.util.Map;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Suggestions for Belper Walkers (Pat's group, {@link TestAccounts#OWN_GROUP}), on a small network built so
 * that each reason has exactly one group to show it, one group has two reasons, and each exclusion has a
 * group that would otherwise be suggested.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CollaboratorSuggestionTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    MockHttpSession lee = new MockHttpSession();

    @BeforeEach
    void network() throws Exception {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (walkers:Group {id: $own})-[:BASED_IN]->(belper:Locality {id: 'l-belper'})
                MATCH (pat:Organiser {id: 'o-pat'})
                MATCH (lee:LinkWorker {id: 'w-lee'})
                CREATE (ripley:Locality {id: 'l-ripley', code: 'RIPLEY', name: 'Ripley', kind: 'LOCALITY', version: 0})
                CREATE (walking:Category {code: 'WALKING', name: 'Walking', green: true})
                CREATE (music:Category {code: 'MUSIC', name: 'Singing and music', green: false})
                CREATE (arts:Category {code: 'ARTS', name: 'Arts and crafts', green: false})
                CREATE (strutt:Venue {id: 'v-strutt', name: 'Strutt Centre', version: 0})-[:IN]->(belper)
                CREATE (hall:Venue {id: 'v-hall', name: 'Ripley Hall', version: 0})-[:IN]->(ripley)
                CREATE (walkers)-[:RUNS]->(walk:Activity {id: 'a-walk', name: 'Derwent walk', status: 'ACTIVE'})
                       -[:HELD_AT]->(strutt)
                CREATE (walk)-[:IN_CATEGORY]->(walking)

                // Pat knows Scott (Scott made the edge: direction must not matter), who runs the choir.
                CREATE (scott:Organiser {id: 'o-scott', name: 'Scott', version: 0})-[:KNOWS]->(pat)
                CREATE (choir:Group {id: 'g-choir', name: 'Canal Bridge Choir', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(ripley)
                CREATE (scott)-[:ORGANISES]->(choir)
                CREATE (choir)-[:RUNS]->(sing:Activity {id: 'a-sing', name: 'Singing', status: 'ACTIVE'})-[:HELD_AT]->(hall)
                CREATE (sing)-[:IN_CATEGORY]->(music)

                // Pat knows Amira, who knows Carol (and Scott: a longer way to the choir, never shown).
                CREATE (pat)-[:KNOWS]->(amira:Organiser {id: 'o-amira', name: 'Amira', version: 0})
                CREATE (amira)<-[:KNOWS]-(carol:Organiser {id: 'o-carol', name: 'Carol', version: 0})
                CREATE (amira)-[:KNOWS]->(scott)
                CREATE (far:Group {id: 'g-far', name: 'Far Friends', status: 'ACTIVE', version: 0})-[:BASED_IN]->(ripley)
                CREATE (carol)-[:ORGANISES]->(far)

                // Pat referred three people to the bereavement café; a link worker's referral does not count.
                CREATE (cafe:Group {id: 'g-cafe', name: 'Bereavement Cafe', status: 'ACTIVE', version: 0})-[:BASED_IN]->(ripley)
                CREATE (cafe)-[:RUNS]->(cuppa:Activity {id: 'a-cuppa', name: 'Cuppa', status: 'ACTIVE'})-[:HELD_AT]->(hall)
                CREATE (cuppa)-[:IN_CATEGORY]->(music)
                FOREACH (n IN range(1, 3) | CREATE (pat)<-[:MADE_BY]-(:Referral {id: 'r-' + n})-[:TO]->(cuppa))
                CREATE (lee)<-[:MADE_BY]-(:Referral {id: 'r-lee'})-[:TO]->(cuppa)

                // Yoga meets at the Strutt Centre too.
                CREATE (yoga:Group {id: 'g-yoga', name: 'Strutt Yoga', status: 'ACTIVE', version: 0})-[:BASED_IN]->(ripley)
                CREATE (yoga)-[:RUNS]->(stretch:Activity {id: 'a-stretch', name: 'Stretch', status: 'ACTIVE'})
                       -[:HELD_AT]->(strutt)
                CREATE (stretch)-[:IN_CATEGORY]->(walking)

                // Belper Arts: in Belper, runs arts (which the walkers don't), and meets at the Strutt Centre.
                CREATE (belperArts:Group {id: 'g-arts', name: 'Belper Arts', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(belper)
                CREATE (belperArts)-[:RUNS]->(paint:Activity {id: 'a-paint', name: 'Painting', status: 'ACTIVE'})
                       -[:HELD_AT]->(strutt)
                CREATE (paint)-[:IN_CATEGORY]->(arts)

                // Belper Strollers: in Belper, but only walks, like the walkers: no reason to suggest them.
                CREATE (strollers:Group {id: 'g-strollers', name: 'Belper Strollers', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(belper)
                CREATE (strollers)-[:RUNS]->(stroll:Activity {id: 'a-stroll', name: 'Stroll', status: 'ACTIVE'})
                       -[:HELD_AT]->(hall)
                CREATE (stroll)-[:IN_CATEGORY]->(walking)

                // Would be suggested for every reason, but already partners with the walkers (its edge).
                CREATE (partner:Group {id: 'g-partner', name: 'Partner Group', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(belper)
                CREATE (partner)-[:PARTNERS_WITH]->(walkers)
                CREATE (pat)-[:KNOWS]->(:Organiser {id: 'o-petra', name: 'Petra', version: 0})-[:ORGANISES]->(partner)
                CREATE (partner)-[:RUNS]->(p:Activity {id: 'a-partner', name: 'Partner crafts', status: 'ACTIVE'})
                       -[:HELD_AT]->(strutt)
                CREATE (p)-[:IN_CATEGORY]->(arts)
                CREATE (pat)<-[:MADE_BY]-(:Referral {id: 'r-partner'})-[:TO]->(p)

                // Would be suggested for every reason, but archived.
                CREATE (gone:Group {id: 'g-gone', name: 'Archived Group', status: 'ARCHIVED', version: 0})
                       -[:BASED_IN]->(belper)
                CREATE (pat)-[:KNOWS]->(:Organiser {id: 'o-gus', name: 'Gus', version: 0})-[:ORGANISES]->(gone)
                CREATE (gone)-[:RUNS]->(x:Activity {id: 'a-gone', name: 'Old crafts', status: 'ACTIVE'})
                       -[:HELD_AT]->(strutt)
                CREATE (x)-[:IN_CATEGORY]->(arts)
                """).bind(TestAccounts.OWN_GROUP).to("own").run();
        TestAccounts.signIn(mvc, "lee", TestAccounts.PASSWORD, lee).andExpect(status().isOk());
    }

    @Test
    void rankedByReasonWithTwoReasonsAddingUp() throws Exception {
        suggestions(TestAccounts.OWN_GROUP)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].group.id").value(contains(
                        "g-choir",   // 16: organisers know each other
                        "g-cafe",    //  8: referrals
                        "g-arts",    //  5: shared venue (4) + same locality, new category (1)
                        "g-yoga",    //  4: shared venue
                        "g-far")))   //  2: an acquaintance in common
                .andExpect(jsonPath("$[*].score").value(contains(16, 8, 5, 4, 2)))
                .andExpect(jsonPath("$[2].reasons[*].kind").value(contains("SHARED_VENUE", "SAME_LOCALITY_NEW_CATEGORIES")));
    }

    @Test
    void organisersWhoKnowEachOtherInEitherDirectionShowTheShortestPath() throws Exception {
        var choir = suggestion("g-choir");

        assertThat(choir.get("locality")).isEqualTo("Ripley");
        assertThat(reasons(choir)).singleElement().satisfies(reason -> {
            assertThat(reason).containsEntry("kind", "ORGANISERS_KNOW_EACH_OTHER")
                    .containsEntry("sentence", "Pat knows Scott, who runs Canal Bridge Choir");
            assertThat(ids(reason)).containsExactly(TestAccounts.OWN_GROUP, "o-pat", "o-scott", "g-choir");
            assertThat(kinds(reason)).containsExactly("GROUP", "ORGANISER", "ORGANISER", "GROUP");
            assertThat(links(reason)).containsExactly("ORGANISES<-", "KNOWS<-", "ORGANISES->");
        });
    }

    @Test
    void anAcquaintanceInCommonIsATwoHopPath() throws Exception {
        var far = suggestion("g-far");

        assertThat(reasons(far)).singleElement().satisfies(reason -> {
            assertThat(reason).containsEntry("kind", "ORGANISERS_KNOW_SOMEONE_IN_COMMON")
                    .containsEntry("sentence", "Pat knows Amira, who knows Carol, who runs Far Friends");
            assertThat(ids(reason)).containsExactly(TestAccounts.OWN_GROUP, "o-pat", "o-amira", "o-carol", "g-far");
            assertThat(links(reason)).containsExactly("ORGANISES<-", "KNOWS->", "KNOWS<-", "ORGANISES->");
        });
    }

    @Test
    void referralsAreOnlyCountedAndOnlyTheGroupsOwn() throws Exception {
        var cafe = suggestion("g-cafe");

        assertThat(reasons(cafe)).singleElement().satisfies(reason -> {
            assertThat(reason).containsEntry("kind", "REFERRALS_SENT").containsEntry("count", 3)
                    .containsEntry("sentence", "3 of your referrals went to Bereavement Cafe");
            assertThat(ids(reason)).containsExactly(TestAccounts.OWN_GROUP, "g-cafe");
            assertThat(links(reason)).containsExactly("REFERRED_TO->");
            assertThat(reason.toString()).doesNotContain("r-1", "Referral", "w-lee");
        });
    }

    @Test
    void aSharedVenueIsThePathThroughBothGroupsActivities() throws Exception {
        var yoga = suggestion("g-yoga");

        assertThat(reasons(yoga)).singleElement().satisfies(reason -> {
            assertThat(reason).containsEntry("kind", "SHARED_VENUE").containsEntry("sentence", "Both meet at Strutt Centre");
            assertThat(ids(reason)).containsExactly(TestAccounts.OWN_GROUP, "a-walk", "v-strutt", "a-stretch", "g-yoga");
            assertThat(kinds(reason)).containsExactly("GROUP", "ACTIVITY", "VENUE", "ACTIVITY", "GROUP");
            assertThat(links(reason)).containsExactly("RUNS->", "HELD_AT->", "HELD_AT<-", "RUNS<-");
        });
    }

    @Test
    void aGroupInTheSameLocalityIsSuggestedOnlyForWhatTheGroupDoesNotRun() throws Exception {
        var arts = suggestion("g-arts");

        assertThat(reasons(arts)).filteredOn(reason -> reason.get("kind").equals("SAME_LOCALITY_NEW_CATEGORIES"))
                .singleElement().satisfies(reason -> {
                    assertThat(reason).containsEntry("sentence", "Also in Belper, and runs Arts and crafts, which you don't");
                    assertThat(ids(reason)).containsExactly(TestAccounts.OWN_GROUP, "l-belper", "g-arts", "a-paint", "ARTS");
                    assertThat(links(reason)).containsExactly("BASED_IN->", "BASED_IN<-", "RUNS->", "IN_CATEGORY->");
                });
        assertThat(ids(all())).doesNotContain("g-strollers");
    }

    @Test
    void neverSuggestsItselfItsPartnersOrArchivedGroups() throws Exception {
        assertThat(ids(all())).doesNotContain(TestAccounts.OWN_GROUP, "g-partner", "g-gone")
                .contains("g-choir");
        // The partnership counts from the other side too.
        suggestions("g-partner").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].group.id").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(TestAccounts.OWN_GROUP))));
    }

    @Test
    void theLimitCutsTheListAndIsChecked() throws Exception {
        mvc.perform(get("/api/groups/{id}/collaborators", TestAccounts.OWN_GROUP).param("limit", "2").session(lee))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].group.id").value(contains("g-choir", "g-cafe")));
        mvc.perform(get("/api/groups/{id}/collaborators", TestAccounts.OWN_GROUP).param("limit", "0").session(lee))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.limit").exists());
    }

    @Test
    void anUnknownGroupIsNotFoundAndAGroupWithNothingInCommonHasNoSuggestions() throws Exception {
        suggestions("g-no-such-group").andExpect(status().isNotFound());
        suggestions(TestAccounts.OTHER_GROUP).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void isNotPublic() throws Exception {
        mvc.perform(get("/api/groups/{id}/collaborators", TestAccounts.OWN_GROUP)).andExpect(status().isUnauthorized());
    }

    private ResultActions suggestions(String groupId) throws Exception {
        return mvc.perform(get("/api/groups/{id}/collaborators", groupId).session(lee));
    }

    private List<Map<String, Object>> all() throws Exception {
        String json = suggestions(TestAccounts.OWN_GROUP).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(json, "$[*]");
    }

    private Map<String, Object> suggestion(String groupId) throws Exception {
        return all().stream().filter(s -> ((Map<?, ?>) s.get("group")).get("id").equals(groupId)).findFirst()
                .orElseThrow(() -> new AssertionError(groupId + " is not suggested"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> suggestion) {
        return (List<Map<String, Object>>) suggestion.get("reasons");
    }

    private static List<String> ids(Map<String, Object> reason) {
        return steps(reason).stream().map(step -> (String) step.get("id")).toList();
    }

    private static List<String> ids(List<Map<String, Object>> suggestions) {
        return suggestions.stream().map(s -> (String) ((Map<?, ?>) s.get("group")).get("id")).toList();
    }

    private static List<String> kinds(Map<String, Object> reason) {
        return steps(reason).stream().map(step -> (String) step.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> reason) {
        return (List<Map<String, Object>>) reason.get("steps");
    }

    /** "KNOWS->" when the relationship points from the earlier step to the later one, else "KNOWS<-". */
    @SuppressWarnings("unchecked")
    private static List<String> links(Map<String, Object> reason) {
        return ((List<Map<String, Object>>) reason.get("relationships")).stream()
                .map(link -> link.get("type") + ((Boolean) link.get("forward") ? "->" : "<-")).toList();
    }
}
