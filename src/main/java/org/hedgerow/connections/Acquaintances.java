package org.hedgerow.connections;

import java.util.List;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whom an organiser knows (either way round), by name, and the groups each of them runs. */
@Component
class Acquaintances {

    private static final String KNOWN = """
            OPTIONAL MATCH (o:Organiser {id: $id})
            RETURN o IS NOT NULL AS found, COLLECT {
                MATCH (o)-[k:KNOWS]-(other:Organiser)
                WITH other, k ORDER BY other.name, other.id LIMIT 500
                RETURN {organiser: other {.id, .name},
                        groups: [(other)-[:ORGANISES]->(g:Group) WHERE g.status = 'ACTIVE' | g {.id, .name}],
                        context: k.context, since: k.since, introductionId: k.introductionId}
            } AS acquaintances
            """;

    private record Known(boolean found, List<Acquaintance> acquaintances) {
    }

    private final Neo4jClient neo4j;

    Acquaintances(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Everyone the organiser knows, by name (at most 500). */
    @Transactional(readOnly = true)
    List<Acquaintance> of(String organiserId) {
        var known = Rows.fetch(neo4j.query(KNOWN).bind(organiserId).to("id"), Known.class).one().orElseThrow();
        if (!known.found()) {
            throw new NotFoundException("There is no organiser " + organiserId + ".");
        }
        return known.acquaintances();
    }
}
