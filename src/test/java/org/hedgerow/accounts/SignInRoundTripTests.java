package org.hedgerow.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, working and signing out over real HTTP, as a browser app does: the CSRF cookie and header,
 * the session cookie and its flags, rotation of both on sign-in, the security headers, and the audit trail.
 * Cookies are handled by hand so that their attributes can be checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInRoundTripTests extends GraphTest {

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void accounts() {
        TestAccounts.create(neo4j, provisioning);
    }

    @Test
    void signInWorkAndSignOutWithCsrfProtection() throws Exception {
        // Anonymous: 401 problem, and the browser is handed its CSRF cookie.
        var hello = send("GET", "/api/session", null, null, null);
        assertThat(hello.statusCode()).isEqualTo(401);
        assertThat(hello.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var csrfCookie = setCookie(hello, "XSRF-TOKEN").orElseThrow();
        assertThat(csrfCookie).contains("Secure").contains("SameSite=Lax").doesNotContain("HttpOnly");
        String csrf = value(csrfCookie);

        // A state-changing request without the header is refused before anything else is looked at.
        var forged = send("POST", "/api/session", credentials("ada", TestAccounts.PASSWORD), "XSRF-TOKEN=" + csrf, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("csrf");

        var wrong = send("POST", "/api/session", credentials("ada", "not the password"), "XSRF-TOKEN=" + csrf, csrf);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong username or password");

        var signedIn = send("POST", "/api/session", credentials("ada", TestAccounts.PASSWORD), "XSRF-TOKEN=" + csrf, csrf);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"username\":\"ada\"").contains("\"role\":\"ADMIN\"");
        var sessionCookie = setCookie(signedIn, "JSESSIONID").orElseThrow(
                () -> new AssertionError("no session cookie in " + signedIn.headers().allValues("Set-Cookie")));
        assertThat(sessionCookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
        String session = value(sessionCookie);
        String newCsrf = value(setCookie(signedIn, "XSRF-TOKEN").orElseThrow());
        assertThat(newCsrf).as("the CSRF token is rotated on sign-in").isNotEqualTo(csrf);
        String cookies = "JSESSIONID=" + session + "; XSRF-TOKEN=" + newCsrf;

        var me = send("GET", "/api/session", null, cookies, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"displayName\":\"Ada\"");
        assertThat(me.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(me.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(me.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        assertThat(send("GET", "/api/accounts", null, cookies, null).statusCode()).isEqualTo(200);

        // Another site can send the session cookie but cannot read the XSRF-TOKEN cookie to copy it.
        assertThat(send("DELETE", "/api/session", null, cookies, "guessed-token").statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/session", null, cookies, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/session", null, cookies, null).statusCode()).as("still signed in").isEqualTo(200);
        assertThat(send("DELETE", "/api/session", null, cookies, newCsrf).statusCode()).isEqualTo(204);

        assertThat(send("GET", "/api/session", null, cookies, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/accounts", null, cookies, null).statusCode()).isEqualTo(401);

        assertThat(auditKinds("ada")).containsExactly("SIGN_OUT", "SIGN_IN", "SIGN_IN_FAILED");
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        String csrf = value(setCookie(send("GET", "/api/session", null, null, null), "XSRF-TOKEN").orElseThrow());
        var first = send("POST", "/api/session", credentials("pat", TestAccounts.PASSWORD), "XSRF-TOKEN=" + csrf, csrf);
        String firstSession = value(setCookie(first, "JSESSIONID").orElseThrow());
        String csrfAfter = value(setCookie(first, "XSRF-TOKEN").orElseThrow());

        // Signing in again within the same session (say, as someone else) must not keep a known session id.
        var second = send("POST", "/api/session", credentials("ada", TestAccounts.PASSWORD),
                "JSESSIONID=" + firstSession + "; XSRF-TOKEN=" + csrfAfter, csrfAfter);
        assertThat(second.statusCode()).isEqualTo(200);
        String secondSession = value(setCookie(second, "JSESSIONID").orElseThrow());
        assertThat(secondSession).isNotEqualTo(firstSession);
        assertThat(send("GET", "/api/session", null, "JSESSIONID=" + firstSession, null).statusCode())
                .as("the old id is dead").isEqualTo(401);
        assertThat(neo4j.query("MATCH (e:AuditEvent {actor: 'ada', kind: 'SIGN_IN'}) RETURN e.address")
                .fetchAs(String.class).one()).hasValue("127.0.0.1");
    }

    private List<String> auditKinds(String actor) {
        return neo4j.query("MATCH (e:AuditEvent {actor: $actor}) RETURN e.kind ORDER BY e.at DESC")
                .bind(actor).to("actor").fetchAs(String.class).all().stream().toList();
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

    private static String credentials(String username, String password) {
        return """
                {"username": "%s", "password": "%s"}""".formatted(username, password);
    }

    private static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(name + "=") && !cookie.startsWith(name + "=;"))
                .reduce((first, second) -> second);
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
