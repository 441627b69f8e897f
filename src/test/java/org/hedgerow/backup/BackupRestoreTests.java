package org.hedgerow.backup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.graphdb.RestoreCommand;
import org.hedgerow.graphdb.StoreInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backups of the embedded store, as an admin takes and restores them: the app on its own store (the demo network),
 * a backup taken while the API is in use, more written after it, the backup restored with the documented command
 * into another data directory, and an app started on that: its graph is exactly the one backed up.
 */
class BackupRestoreTests {

    // Records are compared by their place in the store: the element id without its database part ("4:<database
    // id>:<n>"), as a loaded database is given an id of its own.
    private static final String SNAPSHOT_NODES = """
            MATCH (n) WHERE NOT (n:AuditEvent AND n.kind = 'BACKUP_RESTORED')
            RETURN toInteger(split(elementId(n), ':')[2]) AS id, labels(n) AS labels, properties(n) AS properties
            ORDER BY id""";
    private static final String SNAPSHOT_RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            RETURN toInteger(split(elementId(r), ':')[2]) AS id, toInteger(split(elementId(a), ':')[2]) AS from,
                   type(r) AS type, toInteger(split(elementId(b), ':')[2]) AS to, properties(r) AS properties
            ORDER BY id""";

    @TempDir
    Path work;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBackupRestoredIntoADataDirectoryIsExactlyTheBackedUpStateAndLaterWritesAreGone() throws Exception {
        Path store = work.resolve("store");
        Path backups = work.resolve("backups");
        Path restored = work.resolve("restored");
        Graph backedUp;
        String first;
        try (var app = start(store, backups, true)) {
            var neo4j = app.getBean(Neo4jClient.class);
            backedUp = Graph.of(neo4j);
            assertThat(backedUp.nodes()).hasSizeGreaterThan(100);

            first = take(app).get("name").toString();
            assertThat(backups.resolve(first)).isRegularFile();
            assertThat(neo4j.query("""
                    MATCH (e:AuditEvent {kind: 'BACKUP_TAKEN', subjectId: $name}) RETURN e.actor""")
                    .bind(first).to("name").fetchAs(String.class).one()).as("who took which backup").contains("ada");

            neo4j.query("UNWIND range(1, 25) AS i CREATE (:Activity {id: 'later-' + i, name: 'Written later'})").run();
            neo4j.query("MATCH (a:Activity) WITH a ORDER BY a.id LIMIT 1 SET a.name = 'Renamed later'").run();
            neo4j.query("MATCH ()-[r:HELD_AT]->() WITH r LIMIT 3 DELETE r").run();
            assertThat(Graph.of(neo4j)).isNotEqualTo(backedUp);

            assertThatThrownBy(() -> restore(backups.resolve(first), store))
                    .as("a restore into the store the app is running on is refused")
                    .satisfies(failure -> assertThat(causes(failure)).anyMatch(StoreInUseException.class::isInstance));
            assertThat(neo4j.query("MATCH (a:Activity {id: 'later-1'}) RETURN count(a)").fetchAs(Long.class).one())
                    .as("and the running store is untouched").contains(1L);

            restore(backups.resolve(first), restored);
        }
        try (var app = start(restored, work.resolve("unused"), false)) {
            var neo4j = app.getBean(Neo4jClient.class);
            var now = Graph.of(neo4j);
            assertThat(now.nodes()).hasSameSizeAs(backedUp.nodes());
            assertThat(now.relationships()).hasSameSizeAs(backedUp.relationships());
            assertThat(now).isEqualTo(backedUp);
            assertThat(neo4j.query("MATCH (a:Activity) WHERE a.id STARTS WITH 'later-' RETURN count(a)")
                    .fetchAs(Long.class).one()).contains(0L);
            assertThat(neo4j.query("""
                    MATCH (e:AuditEvent {kind: 'BACKUP_RESTORED', subjectId: $name}) RETURN e.actor""")
                    .bind(first).to("name").fetchAs(String.class).one())
                    .as("the restore is audited when the app first starts on it")
                    .contains(System.getProperty("user.name"));
        }
    }

    @Test
    void requestsDuringABackupGetTheirAnswerOrBusyNeverAnErrorAndOnlyTheNewestGenerationsAreKept() throws Exception {
        Path backups = work.resolve("backups");
        try (var app = start(work.resolve("store"), backups, true, "--hedgerow.api.max-wait=100ms");
             var client = HttpClient.newHttpClient();
             var load = Executors.newVirtualThreadPerTaskExecutor()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var statuses = new ConcurrentLinkedQueue<Answer>();
            var running = new AtomicBoolean(true);
            for (int i = 0; i < 8; i++) {
                String path = List.of("/api/activities/search?text=walk", "/api/groups", "/api/venues",
                        "/api/localities").get(i % 4);
                load.submit(() -> {
                    while (running.get()) {
                        var answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        statuses.add(new Answer(answer.statusCode(), answer.body()));
                    }
                    return null;
                });
            }
            Thread.sleep(500);
            int before = statuses.size();
            var taken = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                var backup = take(app);
                taken.add(backup.get("name").toString());
                System.out.println("Backup " + backup.get("name") + ": " + backup.get("sizeBytes") + " bytes in "
                        + backup.get("tookMillis") + " ms, database stopped " + backup.get("pauseMillis") + " ms");
                Thread.sleep(300);
            }
            running.set(false);
            load.shutdown();
            load.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(statuses.size()).as("requests kept coming while the backups were taken").isGreaterThan(before);
            assertThat(statuses).allSatisfy(answer -> assertThat(answer.status()).isIn(200, 503));
            assertThat(statuses).filteredOn(answer -> answer.status() == 503)
                    .allSatisfy(answer -> assertThat(answer.body()).contains("\"title\":\"Busy\""));
            System.out.println("During three backups: " + statuses.stream().filter(a -> a.status() == 200).count()
                    + " answers 200, " + statuses.stream().filter(a -> a.status() == 503).count() + " answers 503 Busy");

            assertThat(Files.list(backups).map(file -> file.getFileName().toString()))
                    .as("keep = 2: the oldest was deleted").containsExactlyInAnyOrder(taken.get(1), taken.get(2));
            var listed = json.readTree(mvc(app).perform(get("/api/admin/backups").with(user("ada").roles("ADMIN")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(listed.get("available").asBoolean()).isTrue();
            assertThat(listed.get("backups").findValuesAsString("name")).containsExactly(taken.get(2), taken.get(1));
            assertThat(listed.get("backups").get(0).get("sizeBytes").asLong()).isPositive();
        }
    }

    private record Answer(int status, String body) {
    }

    /** Every node and relationship with its labels or type and its properties, in a stable order. */
    private record Graph(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
        static Graph of(Neo4jClient neo4j) {
            return new Graph(List.copyOf(neo4j.query(SNAPSHOT_NODES).fetch().all()),
                    List.copyOf(neo4j.query(SNAPSHOT_RELATIONSHIPS).fetch().all()));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> take(ConfigurableApplicationContext app) throws Exception {
        String body = mvc(app).perform(post("/api/admin/backups").with(user("ada").roles("ADMIN")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readValue(body, Map.class);
    }

    private static MockMvc mvc(ConfigurableApplicationContext app) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
    }

    /** The documented command: {@code java -jar hedgerow.jar --hedgerow.restore=<file>} with the store's setting. */
    private static void restore(Path backup, Path dataDir) {
        assertThat(RestoreCommand.runIfAsked(new String[] {"--hedgerow.restore=" + backup,
                "--hedgerow.neo4j.embedded.data-dir=" + dataDir, "--spring.neo4j.uri="})).isTrue();
    }

    private static ConfigurableApplicationContext start(Path store, Path backups, boolean demo, String... more) {
        var args = new ArrayList<>(List.of("--hedgerow.neo4j.embedded.data-dir=" + store, "--server.port=0",
                "--spring.neo4j.uri=", "--hedgerow.neo4j.embedded.page-cache=64MB", "--hedgerow.backup.dir=" + backups,
                "--hedgerow.backup.keep=2", "--hedgerow.demo.enabled=" + demo));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(HedgerowApplication.class).run(args.toArray(String[]::new));
    }

    private static Collection<Throwable> causes(Throwable failure) {
        var causes = new ArrayList<Throwable>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
