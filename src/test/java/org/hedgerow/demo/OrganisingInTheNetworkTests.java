package org.hedgerow.demo;

import java.time.LocalDate;
import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser's role in a group and since when, as a network brings them. The API records the day an organiser
 * is added (GroupsAndOrganisersApiTests); a network loaded whole carries the real date, and it must be kept.
 * Re-pinned from the deleted DirectoryRepositoryTests (the Organiser entity had no production caller).
 */
@SpringBootTest
class OrganisingInTheNetworkTests extends GraphTest {

    @Autowired NetworkWriter writer;
    @Autowired Neo4jClient neo4j;

    @BeforeEach
    void emptyStore() {
        TestGraph.clear(neo4j);
    }

    @Test
    void anOrganiserKeepsTheirRoleAndSinceWhenInEachGroup() {
        writer.write(new NetworkRows(
                List.of(new NetworkRows.Locality("loc-belper", "Belper", "BELPER", "LOCALITY", 53.02, -1.48, null)),
                null, null, null,
                List.of(new NetworkRows.Organiser("org-scott", "Scott", "Sings bass")),
                List.of(new NetworkRows.Group("grp-towpath", "Towpath Voices", "A men's choir under the canal bridge",
                                null, "loc-belper", List.of(new NetworkRows.Organising("org-scott", "Choir leader", "2020-05-01"))),
                        new NetworkRows.Group("grp-walkers", "Belper Walkers", null, null, "loc-belper",
                                List.of(new NetworkRows.Organising("org-scott", "Walk leader", "2023-09-12")))),
                null, null, null, null, null, null), 10, progress -> { });

        record Organising(String group, String role, LocalDate since) {
        }
        var organising = neo4j.query("""
                        MATCH (:Organiser {id: 'org-scott'})-[r:ORGANISES]->(g:Group)
                        RETURN g.name AS group, r.role AS role, r.since AS since ORDER BY g.name""")
                .fetchAs(Organising.class)
                .mappedBy((types, row) -> new Organising(row.get("group").asString(), row.get("role").asString(),
                        row.get("since").asLocalDate()))
                .all();

        assertThat(organising).containsExactly(
                new Organising("Belper Walkers", "Walk leader", LocalDate.of(2023, 9, 12)),
                new Organising("Towpath Voices", "Choir leader", LocalDate.of(2020, 5, 1)));
    }
}
