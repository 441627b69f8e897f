package org.hedgerow.imports;

import org.hedgerow.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the import tests: the test network ({@code fran} facilitates Amber Valley, Belper lies within it), Belper
 * given a centre, a few needs and categories, feeds served on 127.0.0.1, which an admin has allowed.
 */
@TestPropertySource(properties = "hedgerow.imports.request-timeout=1s")
abstract class ImportTest extends ApiTest {

    @Autowired protected Importer importer;
    @Autowired protected ImportStore store;
    @Autowired protected JsonMapper json;

    protected FeedServer feeds;

    @BeforeEach
    void feedsAndPlaces() throws Exception {
        feeds = new FeedServer();
        neo4j.query("""
                MATCH (l:Locality {code: 'BELPER'}) SET l.centre = point({latitude: 53.0245, longitude: -1.4829})
                CREATE (:Need {code: 'STRESS', name: 'Stress', status: 'ACTIVE', version: 0})
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', status: 'ACTIVE', version: 0})
                CREATE (:Category {code: 'TALKING', name: 'Talking therapies', green: false, status: 'ACTIVE', version: 0})
                """).run();
        browsers.request("ada", HttpMethod.POST, "/api/imports/allowed-hosts", "{\"host\": \"127.0.0.1\"}")
                .andExpect(status().isCreated());
    }

    @AfterEach
    void stopFeeds() {
        feeds.close();
    }

    /** Starts a dry run by URL as {@code who} into Belper and waits for it; the import's id. */
    String dryRunUrl(String who, String url) throws Exception {
        var answer = browsers.request(who, HttpMethod.POST, "/api/imports", """
                {"url": "%s", "locality": "BELPER", "name": "Test directory"}""".formatted(url))
                .andExpect(status().isAccepted()).andReturn();
        importer.awaitIdle();
        return read(answer.getResponse().getContentAsString()).get("id").asString();
    }

    /** Starts a dry run of a file as {@code who} into Belper and waits for it; the import's id. */
    String dryRunFile(String who, String name, String content) throws Exception {
        var body = json.writeValueAsString(java.util.Map.of("name", name, "locality", "BELPER", "content", content));
        var answer = browsers.request(who, HttpMethod.POST, "/api/imports/file", body)
                .andExpect(status().isAccepted()).andReturn();
        importer.awaitIdle();
        return read(answer.getResponse().getContentAsString()).get("id").asString();
    }

    JsonNode view(String id) throws Exception {
        return read(browsers.request("fran", HttpMethod.GET, "/api/imports/" + id, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    JsonNode records(String id) throws Exception {
        return read(browsers.request("fran", HttpMethod.GET, "/api/imports/" + id + "/records?size=200", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
    }

    JsonNode apply(String id) throws Exception {
        browsers.request("fran", HttpMethod.POST, "/api/imports/" + id + "/apply", null)
                .andExpect(status().isAccepted());
        importer.awaitIdle();
        var view = view(id);
        assertThat(view.get("status").asString()).isEqualTo("APPLIED");
        return view;
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    static JsonNode counts(JsonNode view) {
        return view.get("counts");
    }
}
