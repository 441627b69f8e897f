package org.hedgerow.noticeboard;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link TestAccounts}' network (pat organises Belper Walkers in Belper, quinn Glossop Choir in Glossop;
 * lee is a link worker, fran facilitates Amber Valley, ada is an admin) plus what posts can be about:
 * Ripley (within Amber Valley) with the Market Hall, where Belper Walkers' Tuesday walk meets; the Strutts
 * Centre in Belper; and Glossop Choir's online sing-along, which has no venue. Everyone signs in on demand.
 */
abstract class NoticeboardTest extends ApiTest {

    static final String TUESDAY_WALK = "a-tuesday-walk";
    static final String ONLINE_SING = "a-online-sing";
    static final String MARKET_HALL = "v-ripley-market-hall";
    static final String STRUTTS = "v-strutts";

    @BeforeEach
    void buildTheNetwork() {
        neo4j.query("""
                MATCH (amber:Locality {code: 'AMBER'}), (belper:Locality {code: 'BELPER'})
                MATCH (walkers:Group {id: $own}), (choir:Group {id: $other})
                CREATE (ripley:Locality {id: 'l-ripley', code: 'RIPLEY', name: 'Ripley', kind: 'LOCALITY', version: 0})-[:WITHIN]->(amber)
                CREATE (hall:Venue {id: $hall, name: 'Ripley Market Hall', version: 0})-[:IN]->(ripley)
                CREATE (:Venue {id: $strutts, name: 'Strutts Centre', version: 0})-[:IN]->(belper)
                CREATE (walkers)-[:RUNS]->(:Activity {id: $walk, name: 'Tuesday walk', status: 'ACTIVE', version: 0})-[:HELD_AT]->(hall)
                CREATE (choir)-[:RUNS]->(:Activity {id: $sing, name: 'Online sing-along', status: 'ACTIVE', version: 0})
                """).bindAll(Map.of("own", TestAccounts.OWN_GROUP, "other", TestAccounts.OTHER_GROUP,
                "hall", MARKET_HALL, "strutts", STRUTTS, "walk", TUESDAY_WALK, "sing", ONLINE_SING)).run();
    }

    /** The signed-in browser session of one of the test accounts. */
    MockHttpSession as(String username) throws Exception {
        return browsers.of(username);
    }

    static String newPost(String kind, String title, String aboutKind, String aboutId, String... topics) {
        return """
                {"kind": "%s", "title": "%s", "text": "Details for %s", "topics": [%s],
                 "about": {"kind": "%s", "id": "%s"}}""".formatted(kind, title, title,
                Arrays.stream(topics).map(topic -> "\"" + topic + "\"").collect(Collectors.joining(", ")),
                aboutKind, aboutId);
    }

    ResultActions publish(String username, String json) throws Exception {
        return send(username, post("/api/posts"), json);
    }

    /** Publishes a post and returns its id. */
    String published(String username, String json) throws Exception {
        var body = publish(username, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    ResultActions read(String username, String path) throws Exception {
        return mvc.perform(get(path).session(as(username)));
    }

    ResultActions reply(String username, String postId, String text) throws Exception {
        return send(username, post("/api/posts/" + postId + "/replies"), """
                {"text": "%s"}""".formatted(text));
    }

    ResultActions close(String username, String postId, String json) throws Exception {
        return send(username, post("/api/posts/" + postId + "/close"), json);
    }

    ResultActions change(String username, String postId, String json) throws Exception {
        return send(username, patch("/api/posts/" + postId), json);
    }

    long posts() {
        return TestGraph.count(neo4j, "MATCH (p:Post) RETURN count(p)");
    }

    long replies() {
        return TestGraph.count(neo4j, "MATCH (r:Reply) RETURN count(r)");
    }

    private ResultActions send(String username,
                               org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String json) throws Exception {
        return mvc.perform(request.session(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
