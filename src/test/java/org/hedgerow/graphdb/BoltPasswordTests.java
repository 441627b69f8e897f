package org.hedgerow.graphdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded DBMS's Bolt password: made with the store, kept beside it for its owner only, the same on restart. */
class BoltPasswordTests {

    @TempDir Path store;

    @Test
    void noPasswordLooksLikeAnOptionToNeo4jsCommand() {
        // url-safe base64 began with '-' one time in 64, and set-initial-password refused it as an unknown option
        for (int i = 0; i < 2_000; i++) {
            assertThat(BoltPassword.random()).doesNotStartWith("-").hasSize(48).matches("[0-9a-f]+");
        }
    }

    @Test
    void aNewStoreGetsAPasswordOfItsOwnThatItsRestartsKeep() throws Exception {
        String first;
        try (var dbms = start()) {
            first = dbms.password();
            assertThat(answers(dbms, first)).isTrue();
            assertThatThrownBy(() -> answers(dbms, "neo4j")).isInstanceOf(AuthenticationException.class);
        }
        var file = store.resolve(BoltPassword.FILE);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        try (var dbms = start()) {
            assertThat(dbms.password()).isEqualTo(first);
            assertThat(answers(dbms, first)).isTrue();
        }
    }

    @Test
    void aStoreWithoutItsPasswordFileGetsANewPasswordOnceAndKeepsIt() throws Exception {
        String lost;
        try (var dbms = start()) {
            lost = dbms.password();
        }
        Files.delete(store.resolve(BoltPassword.FILE));

        String given;
        try (var dbms = start()) {
            given = dbms.password();
            assertThat(given).isNotEqualTo(lost);
            assertThat(answers(dbms, given)).isTrue();
            assertThatThrownBy(() -> answers(dbms, lost)).isInstanceOf(AuthenticationException.class);
        }
        try (var dbms = start()) {
            assertThat(dbms.password()).isEqualTo(given);
            assertThat(answers(dbms, given)).isTrue();
        }
    }

    private EmbeddedNeo4j start() {
        return EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(store, 0, DataSize.ofMegabytes(32), false));
    }

    private static boolean answers(EmbeddedNeo4j dbms, String password) {
        try (var driver = GraphDatabase.driver(dbms.boltUri(), AuthTokens.basic("neo4j", password));
             var session = driver.session()) {
            return session.run("RETURN 1 AS one").single().get("one").asInt() == 1;
        }
    }
}
