package org.hedgerow.referral;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.graphdb.RestoreCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger of erasures through a real backup and restore of the embedded store: a person of the demo network is
 * erased on request after a backup was taken, the backup is restored with the documented command, and the app
 * started on the restored store (with the same ledger, beside the backups) has erased them again
 * before its web server listens, their open referrals withdrawn, audited as erased again.
 */
class ErasuresAfterRestoreTests {

    private static final String PERSON = """
            MATCH (p:Participant {id: $id})
            RETURN p.reference AS reference, p.contact AS contact, p.personalDataErasedAt IS NOT NULL AS erased,
                   [(r:Referral)-[:OF]->(p) WHERE r.status IN $open | r.id] AS open""";

    @TempDir
    Path work;

    @Test
    void theFirstStartOnABackupFromBeforeAnErasureErasesAgain() throws Exception {
        Path backups = work.resolve("backups");
        Path restored = work.resolve("restored");
        String participant;
        String backup;
        try (var app = start(work.resolve("store"), backups, true)) {
            var neo4j = app.getBean(Neo4jClient.class);
            var someone = neo4j.query("""
                    MATCH (r:Referral)-[:OF]->(p:Participant) WHERE r.status IN $open AND p.reference IS NOT NULL
                    RETURN p.id AS id, p.reference AS reference ORDER BY p.id LIMIT 1""")
                    .bind(ReferralWithdrawals.OPEN).to("open").fetch().one().orElseThrow();
            participant = (String) someone.get("id");
            backup = takeBackup(app);
            var admin = neo4j.query("MATCH (a:Account {username: 'admin'}) RETURN a.id").fetchAs(String.class)
                    .one().orElseThrow();

            app.getBean(PersonalDataErasure.class).onRequest((String) someone.get("reference"), admin);

            assertThat(person(neo4j, participant)).containsEntry("erased", true).containsEntry("open", List.of());
            RestoreCommand.runIfAsked(new String[] {"--hedgerow.restore=" + backups.resolve(backup),
                    "--hedgerow.neo4j.embedded.data-dir=" + restored, "--spring.neo4j.uri="});
        }
        var whenListening = new AtomicReference<Map<String, Object>>();
        String erased = participant;
        ApplicationListener<WebServerInitializedEvent> listening = event -> whenListening.set(
                person(event.getApplicationContext().getBean(Neo4jClient.class), erased));
        try (var app = start(restored, backups, false, listening)) {
            assertThat(whenListening.get()).as("as the web server began to listen")
                    .containsEntry("erased", true).containsEntry("open", List.of());
            var neo4j = app.getBean(Neo4jClient.class);
            var now = person(neo4j, participant);
            assertThat(now).containsEntry("erased", true).containsEntry("open", List.of());
            assertThat(now.get("reference")).isNull();
            assertThat(now.get("contact")).isNull();
            assertThat(neo4j.query("""
                    MATCH (e:AuditEvent {kind: 'PERSONAL_DATA_ERASED', subjectId: $id, actor: 'erasure-ledger'})
                    RETURN count(e)""").bind(participant).to("id").fetchAs(Long.class).one())
                    .as("audited as erased again").contains(1L);
        }
    }

    private static Map<String, Object> person(Neo4jClient neo4j, String id) {
        return neo4j.query(PERSON).bind(id).to("id").bind(ReferralWithdrawals.OPEN).to("open").fetch().one()
                .orElseThrow();
    }

    private static String takeBackup(ConfigurableApplicationContext app) throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
        String body = mvc.perform(post("/api/admin/backups").with(user("ada").roles("ADMIN")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("name").asString();
    }

    private static ConfigurableApplicationContext start(Path store, Path backups, boolean demo,
                                                         ApplicationListener<?>... listeners) {
        return new SpringApplicationBuilder(HedgerowApplication.class).listeners(listeners).run(
                "--hedgerow.neo4j.embedded.data-dir=" + store, "--server.port=0", "--spring.neo4j.uri=",
                "--hedgerow.neo4j.embedded.page-cache=64MB", "--hedgerow.backup.dir=" + backups,
                // where the app keeps it by default (the tests' configuration puts each app's under target/)
                "--hedgerow.retention.erasure-ledger=" + backups.resolve("erasures.jsonl"),
                "--hedgerow.retention.begin-ledger=true",
                "--hedgerow.demo.enabled=" + demo);
    }
}
