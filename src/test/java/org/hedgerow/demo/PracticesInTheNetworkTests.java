package org.hedgerow.demo;

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
 * GP practices and the PCN each is a member of. No production code reads which practices belong to which PCN (the
 * network summary only counts {@code MEMBER_OF} edges), so the fact is pinned where it is written: the network
 * loader. Re-pinned from the deleted PrimaryCareRepositoryTests (the Practice entity and its repository had no
 * production caller).
 */
@SpringBootTest
class PracticesInTheNetworkTests extends GraphTest {

    @Autowired NetworkWriter writer;
    @Autowired Neo4jClient neo4j;

    @BeforeEach
    void emptyStore() {
        TestGraph.clear(neo4j);
    }

    @Test
    void practicesAreMembersOfTheirPcn() {
        writer.write(new NetworkRows(
                List.of(locality("loc-belper", "BELPER"), locality("loc-glossop", "GLOSSOP")),
                null, null, null, null, null, null, null, null,
                List.of(new NetworkRows.Pcn("pcn-belper", "Belper PCN", "U12345", List.of("loc-belper")),
                        new NetworkRows.Pcn("pcn-glossop", "Glossop PCN", "U67890", List.of("loc-glossop"))),
                List.of(practice("prc-riverside", "Riverside Surgery", "C81001", "pcn-belper"),
                        practice("prc-derwent", "Derwent Medical Centre", "C81002", "pcn-belper"),
                        practice("prc-shelf-brook", "Shelf Brook Surgery", "C81003", "pcn-glossop")),
                null), 10, progress -> { });

        assertThat(practicesOf("U12345")).containsExactlyInAnyOrder("Riverside Surgery", "Derwent Medical Centre");
        assertThat(practicesOf("U67890")).containsExactly("Shelf Brook Surgery");
    }

    private List<String> practicesOf(String pcnOdsCode) {
        return List.copyOf(neo4j.query("MATCH (p:Practice)-[:MEMBER_OF]->(:Pcn {odsCode: $ods}) RETURN p.name")
                .bind(pcnOdsCode).to("ods").fetchAs(String.class).all());
    }

    private static NetworkRows.Locality locality(String id, String code) {
        return new NetworkRows.Locality(id, code, code, "LOCALITY", 53.0, -1.5, null);
    }

    private static NetworkRows.Practice practice(String id, String name, String odsCode, String pcn) {
        return new NetworkRows.Practice(id, name, odsCode, pcn);
    }
}
