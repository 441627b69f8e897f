package org.hedgerow.graphdb;

import java.util.Map;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start on a store migrated with the same scripts and library answers from the fingerprint kept beside the chain;
 * any difference (a script added or edited, the chain no longer ending where it was remembered) asks neo4j-migrations,
 * which finds what to apply (here: nothing) and the fingerprint is remembered again.
 */
@SpringBootTest
class SchemaMigrationsTests extends GraphTest {

    @Autowired SchemaMigrations migrations;
    @Autowired Driver driver;

    @BeforeEach
    void migrated() {
        migrations.migrate();
    }

    @AfterEach
    void fingerprintAsMigrated() {
        assertThat(migrations.migrate().version()).isEqualTo(chainHead());
    }

    @Test
    void aStoreMigratedWithTheseScriptsIsNotAskedAgain() {
        var outcome = migrations.migrate();

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.version()).isEqualTo(chainHead()).isNotNull();
        assertThat(remembered("fingerprint")).isEqualTo(SchemaMigrations.fingerprint(SchemaMigrations.LOCATION));
    }

    @Test
    void otherScriptsAskTheLibraryAndTheirFingerprintIsRemembered() {
        write("MATCH (s:__HedgerowSchema {of: $of}) SET s.fingerprint = 'of other scripts'");

        var outcome = migrations.migrate();

        assertThat(outcome.applied()).isTrue();
        assertThat(outcome.version()).isEqualTo(chainHead());
        assertThat(remembered("fingerprint")).isEqualTo(SchemaMigrations.fingerprint(SchemaMigrations.LOCATION));
        assertThat(migrations.migrate().applied()).isFalse();
    }

    @Test
    void aChainThatNoLongerEndsWhereItWasRememberedAsksTheLibrary() {
        write("MATCH (s:__HedgerowSchema {of: $of}) SET s.version = '0001'");

        var outcome = migrations.migrate();

        assertThat(outcome.applied()).isTrue();
        assertThat(remembered("version")).isEqualTo(chainHead());
    }

    @Test
    void aStoreWithoutAFingerprintAsksTheLibrary() {
        write("MATCH (s:__HedgerowSchema {of: $of}) DELETE s");

        assertThat(migrations.migrate().applied()).isTrue();
        assertThat(remembered("fingerprint")).isEqualTo(SchemaMigrations.fingerprint(SchemaMigrations.LOCATION));
    }

    @Test
    void theFingerprintIsOfTheScriptsThemselves() {
        var script = SchemaMigrations.fingerprint("neo4j/fingerprint-test");

        assertThat(SchemaMigrations.fingerprint(SchemaMigrations.LOCATION))
                .isEqualTo(SchemaMigrations.fingerprint(SchemaMigrations.LOCATION))
                .isNotEqualTo(script)
                .hasSize(64);
        assertThat(SchemaMigrations.fingerprint("neo4j/fingerprint-test")).isEqualTo(script);
        assertThat(SchemaMigrations.fingerprint("neo4j/fingerprint-test-edited")).as("the script's text edited")
                .isNotEqualTo(script);
        assertThat(SchemaMigrations.fingerprint("neo4j/fingerprint-test-renamed")).as("the same text, renamed")
                .isNotEqualTo(script);
    }

    private String chainHead() {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (head:__Neo4jMigration) WHERE NOT (head)-[:MIGRATED_TO]->() AND head.version <> 'BASELINE'
                    RETURN head.version""").single().get(0).asString();
        }
    }

    private String remembered(String property) {
        try (var session = driver.session()) {
            return session.run("MATCH (s:__HedgerowSchema {of: $of}) RETURN s[$property]",
                    Map.of("of", SchemaMigrations.LOCATION, "property", property)).single().get(0).asString();
        }
    }

    private void write(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher, Map.of("of", SchemaMigrations.LOCATION)).consume();
        }
    }
}
