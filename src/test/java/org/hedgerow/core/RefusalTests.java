package org.hedgerow.core;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal is a problem document that names what was wrong, including those that Tomcat or a filter makes
 * before a controller is reached: through a real server, since MockMvc has neither Tomcat's limits nor chunked
 * bodies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusalTests extends GraphTest {

    @LocalServerPort int port;
    @Autowired JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTenThousandCharacterQueryIsRefusedByTheSearchNamingTheParameter() throws Exception {
        var answer = send(get("/api/activities/search?q=" + "a".repeat(10_000)));

        assertProblem(answer, 400);
        assertThat(body(answer).path("errors").path("q").asString()).isEqualTo("must be at most 200 characters");
    }

    @Test
    void aUrlLongerThanTheServerTakesIsA414Problem() throws Exception {
        var answer = send(get("/api/activities/search?q=" + "a".repeat(40_000)));

        assertProblem(answer, 414);
        assertThat(body(answer).path("detail").asString()).contains("URL is too long");
    }

    @Test
    void headersLargerThanTheServerTakesAreA431Problem() throws Exception {
        var answer = send(HttpRequest.newBuilder(uri("/api/network/summary")).header("X-Padding", "a".repeat(40_000)));

        assertProblem(answer, 431);
        assertThat(body(answer).path("detail").asString()).contains("headers are too large");
    }

    @Test
    void aBodyLargerThanTheApiTakesIsA413ProblemBeforeAnythingReadsIt() throws Exception {
        byte[] large = ("{\"name\": \"" + "a".repeat(300 * 1024) + "\"}").getBytes();

        var answer = send(HttpRequest.newBuilder(uri("/api/localities")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));

        assertProblem(answer, 413);
        assertThat(body(answer).path("detail").asString()).contains("larger than the 256 KB the API takes");
    }

    @Test
    void aChunkedBodyLargerThanTheApiTakesIsA413ProblemToo() throws Exception {
        byte[] large = ("{\"name\": \"" + "a".repeat(300 * 1024) + "\"}").getBytes();

        var answer = send(HttpRequest.newBuilder(uri("/api/localities")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));

        assertProblem(answer, 413);
    }

    @Test
    void thePasskeyEndpointsTakeNoLargerABody() throws Exception {
        byte[] large = ("{\"id\": \"" + "a".repeat(300 * 1024) + "\"}").getBytes();
        for (String path : new String[] {"/login/webauthn", "/webauthn/authenticate/options", "/webauthn/register"}) {
            var answer = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));
            assertProblem(answer, 413);
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        byte[] small = "{\"username\": \"nobody\", \"password\": \"wrong-password\"}".getBytes();

        // No CSRF token: refused by the security rules, which means the body got past the size check.
        var answer = send(HttpRequest.newBuilder(uri("/api/localities")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));

        assertProblem(answer, 403);
    }

    @Test
    void aFeedFileMayBeLargerThanOtherBodies() throws Exception {
        byte[] feed = ("{\"name\": \"a feed\", \"locality\": \"BELPER\", \"content\": \"" + "a".repeat(1024 * 1024)
                + "\"}").getBytes();

        // No CSRF token: refused by the security rules, which means the body got past the size check.
        var answer = send(HttpRequest.newBuilder(uri("/api/imports/file")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(feed)));

        assertProblem(answer, 403);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }

    private void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(answer).path("status").asInt()).isEqualTo(status);
        assertThat(body(answer).path("title").asString()).isNotBlank();
    }
}
