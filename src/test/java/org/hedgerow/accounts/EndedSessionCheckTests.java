package org.hedgerow.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One instance, Tomcat's own sessions: a session cookie naming no session is refused, audited once and dropped;
 * signing out drops the cookie, so the next request is not taken for a replay. (With shared sessions across two
 * instances: live.SeveralInstancesTests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndedSessionCheckTests extends GraphTest {

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void accounts() {
        TestAccounts.create(neo4j, provisioning);
    }

    @Test
    void aForgedSessionCookieIsRefusedAuditedAndDropped() throws Exception {
        String csrf = "a-token";
        String cookies = "JSESSIONID=0123456789ABCDEF0123456789ABCDEF; XSRF-TOKEN=" + csrf;
        var answer = send("POST", "/api/referrals", "{}", cookies, csrf);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=;") && cookie.contains("Max-Age=0"));
        assertThat(refusals()).isEqualTo(1);
        assertThat(TestGraph.count(neo4j, "MATCH (r:Referral) RETURN count(r)")).isZero();
    }

    @Test
    void signingOutDropsTheCookieAndIsNotAuditedAsARefusal() throws Exception {
        var hello = send("GET", "/api/session", null, null, null);
        String csrf = cookie(hello, "XSRF-TOKEN");
        var signedIn = send("POST", "/api/session", """
                {"username": "lee", "password": "%s"}""".formatted(TestAccounts.PASSWORD), "XSRF-TOKEN=" + csrf, csrf);
        String session = cookie(signedIn, "JSESSIONID");
        csrf = cookie(signedIn, "XSRF-TOKEN");

        var signedOut = send("DELETE", "/api/session", null, "JSESSIONID=" + session + "; XSRF-TOKEN=" + csrf, csrf);
        assertThat(signedOut.statusCode()).isEqualTo(204);
        assertThat(signedOut.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=;") && cookie.contains("Max-Age=0"));
        assertThat(refusals()).isZero();

        // a replay of the signed-out id is refused and audited
        assertThat(send("GET", "/api/session", null, "JSESSIONID=" + session, null).statusCode()).isEqualTo(401);
        assertThat(refusals()).isEqualTo(1);
    }

    private long refusals() {
        return TestGraph.count(neo4j, "MATCH (e:AuditEvent {kind: 'SESSION_REFUSED'}) RETURN count(e)");
    }

    private HttpResponse<String> send(String method, String path, String json, String cookies, String csrf)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .reduce((first, last) -> last).map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }
}
