package org.hedgerow.network;

import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Counts every public kind of node and relationship in one statement. Each {@code COUNT { (:Label) }}
 * with a single label or type is answered from Neo4j's count store, so this stays constant-time as the
 * network grows. Personal data (participants, referrals' contents, accounts) is not counted here.
 */
@Component
class NetworkSummaryQuery {

    private static final String COUNTS = """
            RETURN {
              Locality: COUNT { (:Locality) }, Venue: COUNT { (:Venue) }, Organiser: COUNT { (:Organiser) },
              Group: COUNT { (:Group) }, Activity: COUNT { (:Activity) }, Category: COUNT { (:Category) },
              Need: COUNT { (:Need) }, Practice: COUNT { (:Practice) }, Pcn: COUNT { (:Pcn) },
              LinkWorker: COUNT { (:LinkWorker) }
            } AS nodes, {
              WITHIN: COUNT { ()-[:WITHIN]->() }, IN: COUNT { ()-[:IN]->() },
              ORGANISES: COUNT { ()-[:ORGANISES]->() }, KNOWS: COUNT { ()-[:KNOWS]->() },
              BASED_IN: COUNT { ()-[:BASED_IN]->() }, PARTNERS_WITH: COUNT { ()-[:PARTNERS_WITH]->() },
              RUNS: COUNT { ()-[:RUNS]->() }, HELD_AT: COUNT { ()-[:HELD_AT]->() },
              IN_CATEGORY: COUNT { ()-[:IN_CATEGORY]->() }, SUPPORTS: COUNT { ()-[:SUPPORTS]->() },
              MEMBER_OF: COUNT { ()-[:MEMBER_OF]->() }, COVERS: COUNT { ()-[:COVERS]->() },
              WORKS_FOR: COUNT { ()-[:WORKS_FOR]->() }
            } AS relationships
            """;

    private final Neo4jClient neo4j;

    NetworkSummaryQuery(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    NetworkSummary summary() {
        return Rows.fetch(neo4j.query(COUNTS), NetworkSummary.class).one().orElseThrow();
    }
}
