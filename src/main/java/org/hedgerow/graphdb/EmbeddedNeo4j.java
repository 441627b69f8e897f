package org.hedgerow.graphdb;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community DBMS running inside this JVM, reachable only over Bolt on the loopback address.
 * Every client, the app included, talks to it through the ordinary driver, exactly as to an external
 * server. Authentication is on, with a random password made for the store when it is created and kept beside it
 * in a file only its owner can read ({@link BoltPassword}): other local processes (or a web page opening a WebSocket
 * to the Bolt port) cannot get in, and anyone who can read the password could read the store's own files anyway.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    /** Where Bolt listens: the loopback address only. */
    static final String LOOPBACK = "127.0.0.1";
    static final String USERNAME = "neo4j";

    private final DatabaseManagementService dbms;
    private final Path home;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, int boltPort, String password) {
        this.dbms = dbms;
        this.home = home;
        this.boltPort = boltPort;
        this.password = password;
    }

    /**
     * Starts the DBMS on the given store. Fails with a {@code StoreInUseException} when another
     * process holds the store.
     */
    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        long started = System.nanoTime();
        var boltPassword = BoltPassword.of(home);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Cypher's plan cache keys a plan by its parameters' types and, with this on, by a size bucket
                    // of every string and list parameter: a note of 40 characters and one of 120 are two plans, each
                    // a 25-90 ms compile. Measured on the demo's year (db.stats QUERIES): compile time 20.9 s of a
                    // 23.6 s load with it, 12.7 s of 15.1 s without. Our statements look up by id or key; the only
                    // IN filters are on a handful of codes (search), where a size estimate would not change the plan.
                    .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                    // Without these, closing waits ~10 s for idle Bolt connections and worker threads.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .build();
        }
        catch (RuntimeException ex) {
            if (StoreInUseException.isCausedByLock(ex)) {
                throw new StoreInUseException(home, ex);
            }
            throw ex;
        }
        int port = boundBoltPort(dbms);
        String password = boltPassword.settle(dbms);
        log.info("Embedded Neo4j started in {} ms: store {}, Bolt on {}:{}",
                (System.nanoTime() - started) / 1_000_000, home, LOOPBACK, port);
        return new EmbeddedNeo4j(dbms, home, port, password);
    }

    private static int boundBoltPort(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
    }

    public URI boltUri() {
        return boltUri(boltPort);
    }

    /** The Bolt URI of an embedded DBMS listening on {@code port}. */
    static URI boltUri(int port) {
        return URI.create("bolt://" + LOOPBACK + ":" + port);
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return password;
    }

    public Path home() {
        return home;
    }

    /**
     * Writes a consistent backup of the {@code neo4j} database to {@code file} (a Neo4j dump, which
     * {@code neo4j-admin database load} and {@link StoreRestore} read), stopping that database while its files are copied aside;
     * one at a time. {@code whileStopped} is handed the stop-and-copy to run, so the caller can hold its clients
     * off for just that long. Returns how long the database was stopped.
     */
    public synchronized Duration dumpDatabase(Path file, java.util.function.Consumer<Runnable> whileStopped)
            throws java.io.IOException {
        return DatabaseDump.write(dbms, home, file, whileStopped);
    }

    /** The note a restore left in this store (which backup, by whom, when), removed as it is read. */
    public java.util.Optional<StoreRestore.RestoreNote> takeRestoreNote() {
        return StoreRestore.takeNote(home);
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
