package org.hedgerow.openreferral;

import org.hedgerow.TestNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Empties the shared test DBMS before an application context starts, so that a network grown at start-up (the demo,
 * the synthetic one) is grown into an empty store rather than beside, or instead of, another test class's graph.
 */
final class EmptyStore {

    private EmptyStore() {
    }

    static void beforeTheAppStarts() {
        try (var driver = GraphDatabase.driver(TestNeo4j.boltUri(),
                AuthTokens.basic(TestNeo4j.username(), TestNeo4j.password()));
             var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration' OR label = '__HedgerowSchema')
                    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
        }
    }
}
