package org.hedgerow.graphdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations under {@code classpath:neo4j/migrations} (constraints and indexes) when
 * the app starts, once every singleton is made (so that, with the embedded DBMS, Spring sets up the rest of the app
 * while the DBMS starts; this is the first statement, and it waits for the start). Nothing may query the graph while
 * the context is being set up: such a query would wait for the DBMS's start and run on a schema not yet migrated.
 * Anything that must run on a migrated schema (such as the demo loader) runs after it (an {@code ApplicationRunner})
 * and depends on this bean.
 *
 * <p>neo4j-migrations does all the applying and checking. Asking it on every start costs about 8 s of a restart on
 * 2 cores even when there is nothing to apply (it reads the server's procedures, components and user, takes and gives
 * back its lock, ensures its own constraints and reads the whole chain, each a statement the cold JVM compiles), so
 * after it has applied the scripts, a fingerprint of them is kept beside the chain: a {@code __HedgerowSchema} node
 * with the SHA-256 of every script's name and text and of the library's version, and the version the chain ended
 * at. A start whose scripts and library have that fingerprint, on a store whose chain still ends at that version, is
 * already migrated, and one statement says so. Any other start (a script added or edited, another library version,
 * the chain gone or grown by someone else, no fingerprint yet) asks the library as before, which applies what is new
 * and refuses an edited script. Only the Cypher scripts under the location are fingerprinted: there are no Java-based
 * migrations and no callback scripts (which the library runs on every apply), and adding either means adding it to
 * the fingerprint. Two first starts at once may each leave a fingerprint node; both say the same.
 */
@Component
public class SchemaMigrations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    static final String LOCATION = "neo4j/migrations";

    private static final String CURRENT = """
            MATCH (s:__HedgerowSchema {of: $location})
            OPTIONAL MATCH (head:__Neo4jMigration {version: s.version}) WHERE NOT (head)-[:MIGRATED_TO]->()
            RETURN s.fingerprint AS fingerprint, s.version AS version, head IS NOT NULL AS chainEndsThere""";

    private static final String REMEMBER = """
            MERGE (s:__HedgerowSchema {of: $location})
            SET s.fingerprint = $fingerprint, s.version = $version, s.migratedAt = datetime()""";

    /** How a start found the schema: {@code applied} when neo4j-migrations was asked, else it was current. */
    record Outcome(@Nullable String version, boolean applied) {
    }

    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Migrations migrations;
    private final String location;
    private final String fingerprint;

    SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
        this.driver = driver;
        this.location = LOCATION;
        this.migrations = new Migrations(MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + location)
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION)
                .withResourceScanner(new SpringResourceScanner())
                .build(), driver);
        this.fingerprint = fingerprint(location);
    }

    @Override
    public void afterSingletonsInstantiated() {
        embedded.getIfAvailable(); // the embedded DBMS, when there is one, has started before the first statement
        long started = System.nanoTime();
        var outcome = migrate();
        log.info("Schema at version {} ({}, {} ms)", Objects.requireNonNullElse(outcome.version(), "none"),
                outcome.applied() ? "checked and migrated by neo4j-migrations" : "scripts unchanged since last migrated",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Brings the schema up to date, asking neo4j-migrations unless the store was migrated with these very scripts. */
    Outcome migrate() {
        Record current;
        try (var session = driver.session()) {
            // A write transaction, so a cluster answers from its leader, where the migrations are applied.
            current = session.executeWrite(tx -> {
                var result = tx.run(CURRENT, Map.of("location", location));
                return result.hasNext() ? result.next() : null;
            });
        }
        if (current != null && current.get("chainEndsThere").asBoolean()
                && fingerprint.equals(current.get("fingerprint").asString(null))) {
            return new Outcome(current.get("version").asString(null), false);
        }
        var version = migrations.apply().map(v -> v.getValue()).orElse(null);
        if (version != null) {
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(REMEMBER,
                        Map.of("location", location, "fingerprint", fingerprint, "version", version)).consume());
            }
        }
        return new Outcome(version, true);
    }

    /**
     * SHA-256 of neo4j-migrations' version and of each script's name and bytes, in name order: the very scripts the
     * library is given ({@link SpringResourceScanner}).
     */
    static String fingerprint(String location) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(Migrations.class.getPackage().getImplementationVersion()).getBytes());
            var scripts = new ArrayList<>(new SpringResourceScanner().scan(List.of(location)));
            scripts.sort(Comparator.comparing(SchemaMigrations::name));
            for (URL script : scripts) {
                sha.update(("\0" + name(script) + "\0").getBytes());
                try (var in = script.openStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the migrations under " + location, ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String name(URL script) {
        String path = script.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
