package org.hedgerow.demo;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The demo network's year, loaded as on a first start and read back as its users see it: the pilot's proportions,
 * paths through the brokers, the isolated group, the Glossop gap, and something in every inbox and list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired DemoNetwork demo;

    @BeforeAll
    void demoNetwork() {
        TestGraph.clear(neo4j);
        assertThat(demo.load()).isTrue();
    }

    @Test
    void everyLinkWorkerReferredAndEveryGroupWasReferredTo() {
        var file = DemoNetworkFile.read();
        assertThat(count("MATCH (w:LinkWorker) WHERE EXISTS { (w)<-[:MADE_BY]-(:Referral) } RETURN count(w)"))
                .isEqualTo(file.linkWorkers().size());
        assertThat(count("""
                MATCH (g:Group) WHERE EXISTS { (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral) } RETURN count(g)"""))
                .isEqualTo(file.groups().size());
        assertThat(count("""
                MATCH (account:Account {role: 'PROVIDER'})
                WHERE NOT EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity)
                                   <-[:TO]-(:Referral) }
                RETURN count(account)""")).as("providers with an empty inbox").isZero();
    }

    @Test
    void referralsEndAsInAYearOfRealUse() {
        long all = count("MATCH (r:Referral) RETURN count(r)");
        assertThat(all).isBetween(180L, 300L);
        for (var status : List.of("SENT", "ACCEPTED", "ATTENDING", "DECLINED", "WITHDRAWN")) {
            assertThat(count("MATCH (r:Referral {status: $status}) RETURN count(r)", Map.of("status", status)))
                    .as(status).isPositive();
        }
        double completed = (double) count("MATCH (r:Referral {status: 'COMPLETED'}) RETURN count(r)") / all;
        assertThat(completed).as("share completed").isBetween(0.4, 0.7);
        assertThat(count("MATCH (r:Referral {status: 'DECLINED', declineReason: 'FULL'}) RETURN count(r)"))
                .as("declined because full").isPositive();
        assertThat(count("""
                MATCH (r:Referral) WHERE r.createdAt < datetime() - duration({days: 365}) OR r.updatedAt > datetime()
                RETURN count(r)""")).as("all within the last year, none in the future").isZero();
        assertThat(count("""
                MATCH (r:Referral) WHERE COUNT { (r)-[:HAD]->(:ReferralEvent) } <> r.version + 1 RETURN count(r)"""))
                .as("every change has its event, as the referral writers record them").isZero();
    }

    @Test
    void outcomesAreThePilotsProportions() throws Exception {
        var outcomes = read("/api/insights/outcomes");
        double improved = JsonPath.read(outcomes, "$.wellbeingImprovedShare");
        double gp = JsonPath.read(outcomes, "$.gpAppointmentsChange");
        int people = JsonPath.read(outcomes, "$.peopleSupported");
        assertThat(improved).isBetween(0.74, 0.78);
        assertThat(gp).isBetween(-9.5, -8.5);
        assertThat(people).isEqualTo(DemoYear.PEOPLE_PER_LINK_WORKER * DemoNetworkFile.read().linkWorkers().size());
    }

    @Test
    void pathsOfTwoToFourStepsRunThroughTheBrokers() throws Exception {
        var lengths = neo4j.query("""
                MATCH path = (last:Referral)-[:ONWARD_FROM*]->(first:Referral)
                WHERE NOT (first)-[:ONWARD_FROM]->() AND NOT ()-[:ONWARD_FROM]->(last)
                RETURN DISTINCT length(path) + 1 AS steps ORDER BY steps""").fetchAs(Long.class).all();
        assertThat(lengths).containsExactly(2L, 3L, 4L);
        for (var broker : List.of("grp-hope-for-belper", "grp-citizens-advice")) {
            assertThat(count("""
                    MATCH (:Referral)-[:ONWARD_FROM]->(:Referral)-[:TO]->(:Activity)<-[:RUNS]-(:Group {id: $group})
                    RETURN count(*)""", Map.of("group", broker))).as(broker + " refers people on").isGreaterThanOrEqualTo(5);
        }
        List<String> brokers = JsonPath.read(read("/api/insights/health"), "$.brokers[*].groupId");
        assertThat(brokers).contains("grp-hope-for-belper", "grp-citizens-advice");
    }

    @Test
    void oneGroupIsIsolated() throws Exception {
        List<String> isolated = JsonPath.read(read("/api/insights/health"), "$.isolated[*].groupId");
        assertThat(isolated).containsExactly("grp-glossop-get-together");
        assertThat(count("""
                MATCH (g:Group {id: 'grp-glossop-get-together'})
                RETURN COUNT { (g)-[:PARTNERS_WITH]-() }
                     + COUNT { (g)<-[:ORGANISES]-()-[:KNOWS]-() }
                     + COUNT { (g)-[:RUNS]->()<-[:TO]-(:Referral)-[:ONWARD_FROM]-() }""")).isZero();
    }

    @Test
    void glossopHasNowhereNearForBereavement() throws Exception {
        var gaps = read("/api/insights/gaps?by=need");
        List<String> reasons = JsonPath.read(gaps,
                "$.biggestGaps[?(@.localityCode == 'GLOSSOP' && @.code == 'BEREAVEMENT')].reason");
        assertThat(reasons).as(gaps).singleElement().asString().startsWith("Glossop: ").endsWith("no activity for bereavement within 5 km");
        List<Object> byCategory = JsonPath.read(read("/api/insights/gaps"), "$.biggestGaps");
        assertThat(byCategory).as("gaps on the default view too").isNotEmpty();
    }

    @Test
    void flowsShowProvidersReferringToEachOther() throws Exception {
        List<Object> edges = JsonPath.read(read("/api/insights/flows"), "$.edges");
        assertThat(edges).hasSizeGreaterThan(10);
    }

    @Test
    void providersMetAndTalked() {
        assertThat(count("MATCH ()-[k:KNOWS]->() WHERE k.introductionId IS NOT NULL RETURN count(k)")).isEqualTo(6);
        assertThat(count("""
                MATCH (:Group {id: 'grp-glossop-get-together'})<-[:ORGANISES]-(fiona:Organiser)
                RETURN COUNT { (fiona)<-[:POSTED_BY]-() } + COUNT { (fiona)<-[:FROM|TO]-(:Introduction) }"""))
                .as("the isolated group's organiser is in no conversation").isZero();
        assertThat(count("MATCH (i:Introduction {status: 'REQUESTED'}) RETURN count(i)")).isEqualTo(2);
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isEqualTo(DemoConversations.POSTS.size());
        assertThat(count("MATCH (r:Reply)-[:REPLIES_TO]->(:Post) RETURN count(r)")).isGreaterThan(15);
    }

    @Test
    void participantsAreObviouslySynthetic() {
        assertThat(count("""
                MATCH (p:Participant)
                WHERE NOT p.reference =~ 'DEMO-[A-Z]{3}-[0-9]{4}' OR NOT p.contact STARTS WITH 'Demo contact'
                RETURN count(p)""")).isZero();
    }

    @Test
    void twoLoadsWriteTheSameYear() {
        var first = counts();
        TestGraph.clear(neo4j);
        assertThat(demo.load()).isTrue();
        assertThat(counts()).isEqualTo(first);
    }

    private Map<String, Object> counts() {
        return neo4j.query("""
                MATCH (r:Referral)
                WITH r.status AS status, count(*) AS n, sum(coalesce(r.gpAppointmentsAfter, 0)) AS gp
                ORDER BY status
                WITH collect([status, n, gp]) AS referrals
                RETURN referrals, COUNT { ()-[:ONWARD_FROM]->() } AS onward, COUNT { (:ReferralEvent) } AS events,
                       COUNT { (:Introduction) } AS introductions, COUNT { (:Reply) } AS replies""")
                .fetch().one().orElseThrow();
    }

    private String read(String path) throws Exception {
        var session = new MockHttpSession();
        TestAccounts.signIn(mvc, "facilitator", DemoAccounts.PASSWORD, session).andExpect(status().isOk());
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
    }
}
