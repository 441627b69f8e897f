package org.hedgerow.graphdb;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app as people start it: on its own embedded DBMS (store on disk, demo network, restarts), or on an
 * external Neo4j named by {@code spring.neo4j.uri}.
 */
@ExtendWith(OutputCaptureExtension.class)
class Neo4jModesTests {

    @TempDir
    Path store;

    @Test
    void embeddedByDefaultKeepsItsDataAcrossRestartsWithoutDuplicatingTheDemo() throws Exception {
        long nodes;
        try (var app = startEmbedded(store)) {
            var dbms = app.getBean(EmbeddedNeo4j.class);
            assertThat(dbms.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(dbms.home()).isEqualTo(store.toAbsolutePath().normalize());
            assertThat(health(app)).contains("\"neo4j\":{\"status\":\"UP\"");
            nodes = countNodes(app);
            assertThat(countActivities(app)).isGreaterThanOrEqualTo(40);
        }
        try (var app = startEmbedded(store)) {
            assertThat(countNodes(app)).isEqualTo(nodes);
        }
    }

    @Test
    void aSecondAppOnTheSameStoreFailsFastWithAClearMessage(CapturedOutput output) {
        try (var first = startEmbedded(store)) {
            assertThatThrownBy(() -> startEmbedded(store)).satisfies(failure ->
                    assertThat(causes(failure)).anyMatch(StoreInUseException.class::isInstance));
            assertThat(output).contains("is locked by another process")
                    .contains("--hedgerow.neo4j.embedded.data-dir");
            assertThat(countActivities(first)).as("the first app carries on").isPositive();
        }
    }

    @Test
    void anExternalNeo4jIsUsedWhenConfiguredAndNoEmbeddedDbmsStarts() throws Exception {
        URI external = TestNeo4j.boltUri();
        try (var app = new SpringApplicationBuilder(HedgerowApplication.class).run(
                "--spring.neo4j.uri=" + external, "--server.port=0", "--hedgerow.demo.enabled=false",
                "--spring.neo4j.authentication.password=" + TestNeo4j.password(),
                "--hedgerow.neo4j.embedded.data-dir=" + store)) {
            assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(store).isEmptyDirectory();
            assertThat(health(app)).contains("\"neo4j\":{\"status\":\"UP\"");
            app.getBean(Neo4jClient.class).query("RETURN 1").run();
        }
    }

    @Test
    void theEmbeddedDbmsRefusesClientsWithoutItsGeneratedPassword() {
        try (var app = startEmbedded(store);
             var stranger = org.neo4j.driver.GraphDatabase.driver(app.getBean(EmbeddedNeo4j.class).boltUri(),
                     org.neo4j.driver.AuthTokens.none())) {
            assertThatThrownBy(stranger::verifyConnectivity)
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
            assertThat(countActivities(app)).as("the app itself gets in").isPositive();
        }
    }

    @Test
    void aDbmsStartedEarlyButNeverTakenIsStoppedWithItsContext() {
        var context = new org.springframework.context.support.GenericApplicationContext();
        org.springframework.boot.test.util.TestPropertyValues.of("hedgerow.neo4j.embedded.data-dir=" + store,
                "hedgerow.neo4j.embedded.page-cache=64MB").applyTo(context);
        new EmbeddedNeo4jEarlyStart().initialize(context);
        context.refresh(); // no bean takes the DBMS
        context.close();

        try (var again = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(store, 0,
                org.springframework.util.unit.DataSize.ofMegabytes(64), false))) {
            assertThat(again.home()).as("the store was freed").isEqualTo(store.toAbsolutePath().normalize());
        }
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        var causes = new java.util.ArrayList<Throwable>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    private static ConfigurableApplicationContext startEmbedded(Path store) {
        return new SpringApplicationBuilder(HedgerowApplication.class).run(
                "--hedgerow.neo4j.embedded.data-dir=" + store, "--server.port=0", "--spring.neo4j.uri=",
                "--hedgerow.neo4j.embedded.page-cache=64MB");
    }

    private static long countNodes(ConfigurableApplicationContext app) {
        return app.getBean(Neo4jClient.class).query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
    }

    private static long countActivities(ConfigurableApplicationContext app) {
        return app.getBean(Neo4jClient.class).query("MATCH (n:Activity) RETURN count(n)").fetchAs(Long.class).one()
                .orElseThrow();
    }

    private static String health(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
