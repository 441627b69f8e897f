package org.hedgerow.graphdb;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j DBMS, used only when no external Neo4j is configured.
 *
 * @param dataDir   where the store lives (created on first start)
 * @param boltPort  Bolt port on 127.0.0.1; 0 picks a free one ({@link BoltPort}: from 10000 up to the kernel's
 *                  ephemeral range when the DBMS starts early)
 * @param pageCache memory for the page cache; Neo4j's own guess would take half the machine
 * @param earlyStart start the DBMS on a background thread while Spring sets itself up
 */
@ConfigurationProperties("hedgerow.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("./data/neo4j") Path dataDir,
        @DefaultValue("0") int boltPort,
        @DefaultValue("256MB") DataSize pageCache,
        @DefaultValue("true") boolean earlyStart) {
}
