package org.hedgerow.connections;

import java.util.List;

import org.hedgerow.connections.IntroductionView.Named;
import org.hedgerow.core.NotFoundException;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whom an organiser knows (either way round), by name, for anyone signed in. */
@RestController
class AcquaintanceController {

    private static final String ACQUAINTANCES = """
            OPTIONAL MATCH (o:Organiser {id: $id})
            OPTIONAL CALL (o) {
                MATCH (o)-[k:KNOWS]-(other:Organiser)
                RETURN other, k ORDER BY other.name, other.id LIMIT 500
            }
            RETURN o IS NOT NULL AS found, other {.id, .name} AS organiser,
                   [(other)-[:ORGANISES]->(g:Group) WHERE g.status = 'ACTIVE' | g {.id, .name}] AS groups,
                   k.context AS context, k.since AS since, k.introductionId AS introductionId
            """;

    private final Neo4jClient neo4j;

    AcquaintanceController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @GetMapping("/api/organisers/{id}/connections")
    List<Acquaintance> connections(@PathVariable String id) {
        var rows = neo4j.query(ACQUAINTANCES).bind(id).to("id")
                .fetchAs(org.neo4j.driver.Record.class).mappedBy((types, record) -> record).all();
        if (rows.stream().noneMatch(row -> row.get("found").asBoolean(false))) {
            throw new NotFoundException("There is no organiser " + id + ".");
        }
        return rows.stream().filter(row -> !row.get("organiser").isNull())
                .map(row -> new Acquaintance(named(row.get("organiser")),
                        row.get("groups").asList(AcquaintanceController::named), row.get("context").asString(null),
                        row.get("since").isNull() ? null : row.get("since").asLocalDate(),
                        row.get("introductionId").asString(null)))
                .toList();
    }

    private static Named named(Value value) {
        return new Named(value.get("id").asString(), value.get("name").asString(null));
    }
}
