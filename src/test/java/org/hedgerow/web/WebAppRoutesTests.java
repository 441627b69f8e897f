package org.hedgerow.web;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The app is served at / and every client route reloads into it; the server's own paths never do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@TestPropertySource(properties = {"hedgerow.web.static-location=classpath:/web-test/",
    "hedgerow.web.map.tile-url=https://tiles.example/{z}/{x}/{y}.png", "hedgerow.web.map.attribution=© Example"})
class WebAppRoutesTests extends GraphTest {

    @Autowired RestTestClient http;

    @Test
    void theAppIsServedAtTheRoot() {
        assertThat(page("/")).contains("test app shell");
    }

    @Test
    void aReloadedClientRouteGetsTheApp() {
        assertThat(page("/provider/inbox")).contains("test app shell");
        assertThat(page("/referrals/ref-123")).contains("test app shell");
        assertThat(page("/facilitator/gaps?locality=AMBER")).contains("test app shell");
    }

    @Test
    void bundlesAreServedAndCachedForAYear() {
        http.get().uri("/assets/app-3f2a1b.js").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("max-age=31536000"))
                .expectBody(String.class).value(body -> assertThat(body).contains("bundle"));
    }

    @Test
    void aMissingFileIsNotFoundRatherThanTheApp() {
        http.get().uri("/assets/gone-123.js").exchange().expectStatus().isNotFound();
        http.get().uri("/favicon.ico").exchange().expectStatus().isNotFound();
    }

    @Test
    void anUnknownApiPathIsAProblemNotTheApp() {
        http.get().uri("/api/no-such-thing").header("Accept", "application/json").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 404))
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("test app shell"));
        http.get().uri("/actuator/nothing").exchange()
                .expectBody(String.class).value(body -> assertThat(String.valueOf(body)).doesNotContain("test app shell"));
        http.get().uri("/v3/nothing").exchange()
                .expectBody(String.class).value(body -> assertThat(String.valueOf(body)).doesNotContain("test app shell"));
    }

    @Test
    void theAppReadsItsMapSettings() {
        http.get().uri("/config.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.map.tileUrl").isEqualTo("https://tiles.example/{z}/{x}/{y}.png")
                .jsonPath("$.map.attribution").isEqualTo("© Example");
    }

    @Test
    void tellsClientRoutesFromTheServersOwnPaths() {
        assertThat(WebAppConfiguration.isClientRoute("provider/inbox")).isTrue();
        assertThat(WebAppConfiguration.isClientRoute("activities/act-1")).isTrue();
        assertThat(WebAppConfiguration.isClientRoute("api/activities")).isFalse();
        assertThat(WebAppConfiguration.isClientRoute("ws")).isFalse();
        assertThat(WebAppConfiguration.isClientRoute("actuator/health")).isFalse();
        assertThat(WebAppConfiguration.isClientRoute("v3/api-docs")).isFalse();
        assertThat(WebAppConfiguration.isClientRoute("swagger-ui/index.html")).isFalse();
        assertThat(WebAppConfiguration.isClientRoute("swagger-ui.html")).isFalse();
        assertThat(WebAppConfiguration.isClientRoute("assets/app.js")).isFalse();
    }

    private String page(String path) {
        return http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
