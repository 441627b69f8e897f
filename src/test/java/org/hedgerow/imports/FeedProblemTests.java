package org.hedgerow.imports;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Feeds that cannot be imported, and people who may not import, are refused with a problem saying why. */
class FeedProblemTests extends ImportTest {

    private void refused(String url, String type, String detail) throws Exception {
        browsers.request("fran", HttpMethod.POST, "/api/imports", """
                {"url": "%s", "locality": "BELPER"}""".formatted(url))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/" + type))
                .andExpect(jsonPath("$.errors.url").value(org.hamcrest.Matchers.containsString(detail)));
    }

    @Test
    void aHostNoAdminAllowedIsRefused() throws Exception {
        refused("http://127.0.0.2:" + feeds.port() + "/V3.0-UK-Default", "feed-host-not-allowed",
                "127.0.0.2 is not on the list");
        browsers.request("ada", HttpMethod.DELETE, "/api/imports/allowed-hosts/127.0.0.1", null)
                .andExpect(status().isNoContent());
        browsers.request("ada", HttpMethod.POST, "/api/imports/allowed-hosts", "{\"host\": \"localhost\"}")
                .andExpect(status().isCreated());
        // allowing a name does not let it lead inside: its loopback address must be allowed by itself
        refused("http://localhost:" + feeds.port() + "/V3.0-UK-Default", "feed-host-not-allowed",
                "resolves to the internal address");
        refused("file:///etc/passwd", "feed-malformed", "must be an http:// or https:// address");
        browsers.request("fran", HttpMethod.POST, "/api/imports/allowed-hosts", "{\"host\": \"evil.example\"}")
                .andExpect(status().isForbidden());
        for (var notAHost : new String[] {"https://feeds.example.org/x", "feeds example", "feeds.example.org:8443",
                "cafe:443"}) {
            browsers.request("ada", HttpMethod.POST, "/api/imports/allowed-hosts",
                            "{\"host\": \"" + notAHost + "\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.host").value(org.hamcrest.Matchers.containsString("host name")));
        }
        browsers.request("ada", HttpMethod.POST, "/api/imports/allowed-hosts", "{\"host\": \"1::2::3\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.host").exists());
        browsers.request("ada", HttpMethod.POST, "/api/imports/allowed-hosts", "{\"host\": \"[::1]\"}")
                .andExpect(status().isCreated());
        assertThat(count("MATCH (i:FeedImport) RETURN count(i)")).isZero();
    }

    @Test
    void aFeedThatIsDownSlowNotOrukOrMalformedIsAClearProblem() throws Exception {
        var port = feeds.port();
        refused("http://127.0.0.1:" + port + "/slow", "feed-timeout", "did not answer");
        refused("http://127.0.0.1:" + port + "/html", "feed-malformed", "is not valid JSON");
        refused("http://127.0.0.1:" + port + "/broken", "feed-malformed", "is not valid JSON");
        refused("http://127.0.0.1:" + port + "/hsds2", "feed-not-oruk", "only Open Referral UK 3.0");
        refused("http://127.0.0.1:" + port + "/nothing-here", "feed-not-oruk", "HTTP 404");
        feeds.close();
        refused("http://127.0.0.1:" + port + "/V3.0-UK-Default", "feed-unreachable", "refused the connection");
        assertThat(count("MATCH (i:FeedImport) RETURN count(i)")).isZero();
    }

    @Test
    void aFileThatIsNotJsonOrNotOrukIsAClearProblem() throws Exception {
        browsers.request("fran", HttpMethod.POST, "/api/imports/file", """
                {"name": "x.json", "locality": "BELPER", "content": "{\\"id\\": "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/feed-malformed"));
        browsers.request("fran", HttpMethod.POST, "/api/imports/file", """
                {"name": "x.json", "locality": "BELPER", "content": "{\\"hello\\": 1}"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/feed-not-oruk"));
    }

    @Test
    void onlyFacilitatorsOfThePlaceAndAdminsImport() throws Exception {
        browsers.request("pat", HttpMethod.POST, "/api/imports", """
                {"url": "%s", "locality": "BELPER"}""".formatted(feeds.base("V3.0-UK-Default")))
                .andExpect(status().isForbidden());
        browsers.request("fran", HttpMethod.POST, "/api/imports", """
                {"url": "%s", "locality": "GLOSSOP"}""".formatted(feeds.base("V3.0-UK-Default")))
                .andExpect(status().isForbidden());
    }
}
