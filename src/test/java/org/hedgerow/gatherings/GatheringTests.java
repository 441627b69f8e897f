package org.hedgerow.gatherings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.hedgerow.connections.IntroductionMade;
import org.hedgerow.noticeboard.PostPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link TestAccounts}' network, plus Rosa, who organises Belper Knitters (in Belper, never invited), and Hal, who
 * facilitates High Peak. Fran (Amber Valley) convenes in Belper, inviting Pat's walkers and Quinn's choir.
 */
class GatheringTests extends ApiTest {

    static final String OWN = TestAccounts.OWN_GROUP;
    static final String OTHER = TestAccounts.OTHER_GROUP;
    static final String KNITTERS = "g-belper-knitters";

    @BeforeEach
    void rosaHalAndAVenue() {
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'})
                CREATE (:Venue {id: 'v-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (:Organiser {id: 'o-rosa', name: 'Rosa', version: 0})-[:ORGANISES {role: 'Lead'}]->
                       (:Group {id: $knitters, name: 'Belper Knitters', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
                """).bind(KNITTERS).to("knitters").run();
        provisioning.openDemoAccounts(List.of(
                new NewAccount("rosa", "Rosa", Role.PROVIDER, "o-rosa", null, TestAccounts.PASSWORD),
                new NewAccount("hal", "Hal", Role.FACILITATOR, null, "HIGHPEAK", TestAccounts.PASSWORD)),
                TestAccounts.PASSWORD);
    }

    @Test
    void aFacilitatorConvenesAndTheInvitedOrganisersSeeItButNobodyElse() throws Exception {
        String id = convene(gathering(inDays(10), "\"venue\": \"v-mill\"", OWN, OTHER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Belper providers' evening"))
                .andExpect(jsonPath("$.venue.name").value("North Mill"))
                .andExpect(jsonPath("$.locality.code").value("BELPER"))
                .andExpect(jsonPath("$.convenedBy").value("Fran"))
                .andExpect(jsonPath("$.invited[*].group.name", contains("Belper Walkers", "Glossop Choir")))
                .andExpect(jsonPath("$.invited[0].answer").doesNotExist())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString().transform(body -> JsonPath.read(body, "$.id"));

        assertThat(count("MATCH (g:Gathering)-[:HELD_IN]->(:Locality {code: 'BELPER'}) RETURN count(g)")).isOne();
        assertThat(count("MATCH (:Group)-[i:INVITED_TO]->(:Gathering) RETURN count(i)")).isEqualTo(2);
        assertThat(events.ofType(GatheringConvened.class))
                .containsExactly(new GatheringConvened(id, "BELPER", List.of(OWN, OTHER)));

        list("fran").andExpect(jsonPath("$.items[*].id", contains(id))).andExpect(jsonPath("$.totalItems").value(1));
        list("ada").andExpect(jsonPath("$.items[*].id", contains(id)));
        list("pat").andExpect(jsonPath("$.items[*].id", contains(id)))
                .andExpect(jsonPath("$.items[0].invited[0].yours").value(true))
                .andExpect(jsonPath("$.items[0].invited[1].yours").value(false));
        list("quinn").andExpect(jsonPath("$.items[*].id", contains(id)));
        list("rosa").andExpect(jsonPath("$.items", hasSize(0))).andExpect(jsonPath("$.totalItems").value(0));
        list("hal").andExpect(jsonPath("$.items", hasSize(0)));
        list("lee").andExpect(status().isForbidden());
        one("rosa", id).andExpect(status().isNotFound());
        one("hal", id).andExpect(status().isNotFound());
        one("quinn", id).andExpect(status().isOk());
    }

    @Test
    void aPlaceInWordsWithoutAVenueIsTheFacilitatorsOwnPlace() throws Exception {
        convene(gathering(inDays(3), "\"place\": \"The Railway pub, back room\"", OWN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.place").value("The Railway pub, back room"))
                .andExpect(jsonPath("$.venue").doesNotExist())
                .andExpect(jsonPath("$.locality.code").value("AMBER"));
    }

    @Test
    void badGatheringsNameTheFieldAndWriteNothing() throws Exception {
        convene(gathering(Instant.now().minus(1, ChronoUnit.HOURS), "\"venue\": \"v-mill\"", OWN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.startsAt").value(containsString("future")));
        convene(gathering(inDays(3), "\"venue\": \"v-mill\"", OWN, "g-nowhere", "g-nothing"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.groups").value("not groups of the network: g-nowhere, g-nothing"));
        convene(gathering(inDays(3), "\"locality\": \"BELPER\"", OWN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.place").exists());
        convene(gathering(inDays(3), "\"venue\": \"v-gone\"", OWN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.venue").exists());
        convene(gathering(inDays(3), "\"place\": \"Somewhere\", \"locality\": \"NOPE\"", OWN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.locality").exists());
        convene("{\"title\": \"x\", \"groups\": []}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").exists()).andExpect(jsonPath("$.errors.startsAt").exists())
                .andExpect(jsonPath("$.errors.groups").exists());

        assertThat(count("MATCH (g:Gathering) RETURN count(g)")).isZero();
        assertThat(events.ofType(GatheringConvened.class)).isEmpty();
    }

    @Test
    void facilitatorsConveneWithinTheirPlaceOnlyAndProvidersNotAtAll() throws Exception {
        convene(gathering(inDays(3), "\"place\": \"Glossop Hall\", \"locality\": \"GLOSSOP\"", OWN))
                .andExpect(status().isForbidden());
        browsers.request("pat", HttpMethod.POST, "/api/gatherings",
                gathering(inDays(3), "\"venue\": \"v-mill\"", OWN)).andExpect(status().isForbidden());
        browsers.request("lee", HttpMethod.POST, "/api/gatherings",
                gathering(inDays(3), "\"venue\": \"v-mill\"", OWN)).andExpect(status().isForbidden());
        assertThat(count("MATCH (g:Gathering) RETURN count(g)")).isZero();

        browsers.request("ada", HttpMethod.POST, "/api/gatherings",
                gathering(inDays(3), "\"place\": \"Glossop Hall\", \"locality\": \"GLOSSOP\"", OTHER))
                .andExpect(status().isCreated());
    }

    @Test
    void invitedOrganisersAnswerAndAStaleVersionIsRefused() throws Exception {
        String id = conveneBelper(inDays(10));

        answer("pat", id, "YES", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.invited[0].group.id").value(OWN))
                .andExpect(jsonPath("$.invited[0].answer").value("YES"))
                .andExpect(jsonPath("$.invited[0].answeredAt").exists())
                .andExpect(jsonPath("$.version").value(1));
        answer("quinn", id, "MAYBE", 0).andExpect(status().isConflict());
        assertThat(count("MATCH (:Group {id: '%s'})-[i:INVITED_TO]->() RETURN count(i.answer)".formatted(OTHER)))
                .isZero();

        answer("quinn", id, "MAYBE", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.invited[1].answer").value("MAYBE")).andExpect(jsonPath("$.version").value(2));
        answer("pat", id, "NO", 2).andExpect(status().isOk()).andExpect(jsonPath("$.invited[0].answer").value("NO"));

        assertThat(events.ofType(GatheringAnswered.class)).containsExactly(
                new GatheringAnswered(id, OWN, Answer.YES, 1), new GatheringAnswered(id, OTHER, Answer.MAYBE, 2),
                new GatheringAnswered(id, OWN, Answer.NO, 3));
    }

    @Test
    void anAnswerFromAGroupThatWasNotInvitedIsRefusedAndWritesNothing() throws Exception {
        String id = conveneBelper(inDays(10));

        answer("rosa", id, "YES", 0).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("None of your groups was invited")));
        browsers.request("pat", HttpMethod.PUT, "/api/gatherings/" + id + "/answer", """
                {"answer": "YES", "group": "%s", "version": 0}""".formatted(KNITTERS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString(KNITTERS)));
        answer("fran", id, "YES", 0).andExpect(status().isForbidden());
        answer("pat", "no-such-gathering", "YES", 0).andExpect(status().isNotFound());
        browsers.request("pat", HttpMethod.PUT, "/api/gatherings/" + id + "/answer", """
                {"answer": "PERHAPS", "version": 0}""").andExpect(status().isBadRequest());

        assertThat(count("MATCH ()-[i:INVITED_TO]->() RETURN count(i.answer)")).isZero();
        assertThat(TestAccounts.version(neo4j, "Gathering", id)).isZero();
        assertThat(events.ofType(GatheringAnswered.class)).isEmpty();
    }

    @Test
    void aConnectionMadeThereBecomesAnIntroductionWithTheGatheringAsItsContext() throws Exception {
        // The walkers' longer-serving co-organiser does not speak for them: their lead does.
        neo4j.query("""
                MATCH (walkers:Group {id: $own})
                CREATE (:Organiser {id: 'o-sam', name: 'Sam', version: 0})
                       -[:ORGANISES {role: 'Co-organiser', since: date('2001-01-01')}]->(walkers)""").bind(OWN).to("own").run();
        String id = conveneBelper(inDays(10));
        connect("fran", id, OWN, OTHER).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("on the day or after")));
        itHappenedYesterday(id);

        connect("fran", id, OWN, OTHER).andExpect(status().isCreated())
                .andExpect(jsonPath("$.connections[0].from.name").value("Pat"))
                .andExpect(jsonPath("$.connections[0].fromGroup.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.connections[0].to.name").value("Quinn"))
                .andExpect(jsonPath("$.connections[0].toGroup.name").value("Glossop Choir"))
                .andExpect(jsonPath("$.connections[0].context").value("A sing-along at the end of the walk"));

        assertThat(count("""
                MATCH (g:Gathering {id: '%s'})<-[:MADE_AT]-(i:Introduction {status: 'ACCEPTED', gatheringId: g.id})
                      -[:FROM]->(:Organiser {id: 'o-pat'}), (i)-[:TO]->(:Organiser {id: 'o-quinn'})
                RETURN count(i)""".formatted(id))).isOne();
        assertThat(count("""
                MATCH (:Organiser {id: 'o-pat'})-[k:KNOWS {gatheringId: '%s'}]->(:Organiser {id: 'o-quinn'})
                RETURN count(k)""".formatted(id))).isOne();
        assertThat(events.ofType(IntroductionMade.class)).hasSize(1);
        browsers.request("quinn", HttpMethod.GET, "/api/introductions", null)
                .andExpect(jsonPath("$.items[0].gathering.id").value(id))
                .andExpect(jsonPath("$.items[0].gathering.name").value("Belper providers' evening"));

        connect("fran", id, OTHER, OWN).andExpect(status().isConflict());
        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isOne();
    }

    @Test
    void onlyGroupsThatCameCanBeConnectedAndOnlyByTheFacilitator() throws Exception {
        String id = conveneBelper(inDays(10));
        answer("quinn", id, "NO", 0).andExpect(status().isOk());
        itHappenedYesterday(id);

        connect("fran", id, OWN, KNITTERS).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.groups").value("group " + KNITTERS + " was not invited to this gathering"));
        connect("fran", id, OWN, OTHER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.groups").value("group " + OTHER + " said it would not come"));
        connect("fran", id, OWN, OWN).andExpect(status().isBadRequest());
        connect("pat", id, OWN, OTHER).andExpect(status().isForbidden());
        connect("hal", id, OWN, OTHER).andExpect(status().isNotFound());
        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isZero();
        assertThat(count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).isZero();
    }

    @Test
    void aPlanMadeThereGoesOnTheNoticeboardLinkedToIt() throws Exception {
        String id = conveneBelper(inDays(10));
        itHappenedYesterday(id);

        String postId = browsers.request("fran", HttpMethod.POST, "/api/gatherings/" + id + "/plans", """
                        {"title": "Walk and sing in March", "text": "The walkers end at the choir's hall"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plans[0].title").value("Walk and sing in March"))
                .andReturn().getResponse().getContentAsString().transform(body -> JsonPath.read(body, "$.plans[0].postId"));

        browsers.request("quinn", HttpMethod.GET, "/api/posts/" + postId, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.gathering.id").value(id))
                .andExpect(jsonPath("$.gathering.title").value("Belper providers' evening"))
                .andExpect(jsonPath("$.about.kind").value("VENUE"))
                .andExpect(jsonPath("$.topics", contains("gathering-plan")));
        assertThat(events.ofType(PostPublished.class)).hasSize(1);
        browsers.request("pat", HttpMethod.POST, "/api/gatherings/" + id + "/plans", """
                {"title": "Not mine to post", "text": "Providers do not record"}""").andExpect(status().isForbidden());
    }

    @Test
    void aPostCanNameAGatheringOnlyIfThereIsOne() throws Exception {
        browsers.request("pat", HttpMethod.POST, "/api/posts", """
                {"kind": "NEWS", "title": "From the evening", "text": "We met", "topics": ["news"],
                 "about": {"kind": "GROUP", "id": "%s"}, "gathering": "g-nothing"}""".formatted(OWN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.gathering").exists());
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isZero();
    }

    @Test
    void theNetworkMapSaysWhereEachAcquaintanceCameFrom() throws Exception {
        String id = conveneBelper(inDays(10));
        itHappenedYesterday(id);
        connect("fran", id, OWN, OTHER).andExpect(status().isCreated());
        neo4j.query("""
                MATCH (rosa:Organiser {id: 'o-rosa'}), (pat:Organiser {id: 'o-pat'})
                CREATE (rosa)-[:KNOWS {context: 'neighbours'}]->(pat)""").run();

        browsers.request("ada", HttpMethod.GET, "/api/network/graph?locality=DDICS&link=KNOWS", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edges", hasSize(2)))
                .andExpect(jsonPath("$.edges[?(@.from == 'o-pat')].origin.kind", contains("GATHERING")))
                .andExpect(jsonPath("$.edges[?(@.from == 'o-pat')].origin.gatheringId", contains(id)))
                .andExpect(jsonPath("$.edges[?(@.from == 'o-pat')].origin.title", contains("Belper providers' evening")))
                .andExpect(jsonPath("$.edges[?(@.from == 'o-rosa')].origin.kind", contains("DIRECT")));
    }

    private String conveneBelper(Instant startsAt) throws Exception {
        return convene(gathering(startsAt, "\"venue\": \"v-mill\"", OWN, OTHER)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString().transform(body -> JsonPath.read(body, "$.id"));
    }

    private void itHappenedYesterday(String id) {
        neo4j.query("MATCH (g:Gathering {id: $id}) SET g.startsAt = datetime() - duration('P1D')").bind(id).to("id").run();
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String gathering(Instant startsAt, String where, String... groups) {
        return """
                {"title": "Belper providers' evening", "startsAt": "%s", %s, "groups": [%s]}"""
                .formatted(startsAt, where, String.join(", ", List.of(groups).stream().map(g -> "\"" + g + "\"").toList()));
    }

    private ResultActions convene(String json) throws Exception {
        return browsers.request("fran", HttpMethod.POST, "/api/gatherings", json);
    }

    private ResultActions list(String username) throws Exception {
        return browsers.request(username, HttpMethod.GET, "/api/gatherings", null);
    }

    private ResultActions one(String username, String id) throws Exception {
        return browsers.request(username, HttpMethod.GET, "/api/gatherings/" + id, null);
    }

    private ResultActions answer(String username, String id, String answer, long version) throws Exception {
        return browsers.request(username, HttpMethod.PUT, "/api/gatherings/" + id + "/answer", """
                {"answer": "%s", "version": %d}""".formatted(answer, version));
    }

    private ResultActions connect(String username, String id, String from, String to) throws Exception {
        return browsers.request(username, HttpMethod.POST, "/api/gatherings/" + id + "/connections", """
                {"groups": ["%s", "%s"], "context": "A sing-along at the end of the walk"}""".formatted(from, to));
    }

    private long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }
}
