package org.hedgerow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

import org.hedgerow.graphdb.EmbeddedNeo4j;
import org.hedgerow.graphdb.EmbeddedNeo4jProperties;
import org.springframework.util.unit.DataSize;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j all integration tests of a JVM share, started on first use (each start costs seconds).
 * With a Docker engine it is the official image under Testcontainers; without one (as on the project's
 * build machines) it is Hedgerow's own embedded DBMS on a temporary store. Either way the app reaches it
 * as an external server through {@code spring.neo4j.uri}. {@code -Dhedgerow.test.neo4j=embedded} forces
 * the embedded one.
 */
public final class TestNeo4j {

    public static final String IMAGE = "neo4j:2026.08-community";

    private static URI boltUri;
    private static String password = "unused-auth-is-off";

    private TestNeo4j() {
    }

    public static synchronized URI boltUri() {
        if (boltUri == null) {
            boltUri = useDocker() ? startContainer() : startEmbedded();
        }
        return boltUri;
    }

    public static String username() {
        return "neo4j";
    }

    /** The embedded DBMS's generated password (the container runs without authentication). */
    public static synchronized String password() {
        boltUri();
        return password;
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    private static boolean useDocker() {
        return !"embedded".equals(System.getProperty("hedgerow.test.neo4j")) && dockerAvailable();
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
    private static URI startContainer() {
        var container = new Neo4jContainer(IMAGE).withoutAuthentication();
        container.start();
        return URI.create(container.getBoltUrl());
    }

    private static URI startEmbedded() {
        try {
            var store = Files.createTempDirectory("hedgerow-test-neo4j");
            var dbms = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(store, 0, DataSize.ofMegabytes(128), false));
            Runtime.getRuntime().addShutdownHook(new Thread(dbms::close, "test-neo4j-shutdown"));
            password = dbms.password();
            return dbms.boltUri();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
