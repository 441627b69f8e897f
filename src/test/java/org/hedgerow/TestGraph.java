package org.hedgerow;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Helpers for tests that share one database: start each from a known, empty network. */
public final class TestGraph {

    private TestGraph() {
    }

    /** Deletes every node but the migration history and its fingerprint, so the schema stays as migrated. */
    public static void clear(Neo4jClient neo4j) {
        neo4j.query("""
                MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration' OR label = '__HedgerowSchema')
                DETACH DELETE n
                """).run();
    }

    /** Counts the network's own nodes, leaving out the migration history. */
    public static long countNetworkNodes(Neo4jClient neo4j) {
        return count(neo4j, """
                MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration' OR label = '__HedgerowSchema')
                RETURN count(n)""");
    }

    public static long count(Neo4jClient neo4j, String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
