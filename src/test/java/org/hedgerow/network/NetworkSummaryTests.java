package org.hedgerow.network;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class NetworkSummaryTests extends GraphTest {

    @Autowired RestTestClient http;
    @Autowired Neo4jClient neo4j;

    @BeforeEach
    void aSmallNetwork() {
        TestGraph.clear(neo4j);
        neo4j.query("""
                CREATE (ics:Locality {id: 'l1', code: 'DDICS', kind: 'ICS'})
                CREATE (belper:Locality {id: 'l2', code: 'BELPER', kind: 'LOCALITY'})-[:WITHIN]->(ics)
                CREATE (g:Group {id: 'g1'})-[:BASED_IN]->(belper)
                CREATE (g)-[:RUNS]->(:Activity {id: 'a1'}), (g)-[:RUNS]->(:Activity {id: 'a2'})
                CREATE (:Organiser {id: 'o1'})-[:ORGANISES]->(g)
                """).run();
    }

    @Test
    void countsEachKindOfNodeAndRelationship() {
        http.get().uri("/api/network/summary").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.nodes.Locality").isEqualTo(2)
                .jsonPath("$.nodes.Group").isEqualTo(1)
                .jsonPath("$.nodes.Activity").isEqualTo(2)
                .jsonPath("$.nodes.Organiser").isEqualTo(1)
                .jsonPath("$.nodes.Venue").isEqualTo(0)
                .jsonPath("$.relationships.WITHIN").isEqualTo(1)
                .jsonPath("$.relationships.RUNS").isEqualTo(2)
                .jsonPath("$.relationships.ORGANISES").isEqualTo(1)
                .jsonPath("$.relationships.KNOWS").isEqualTo(0);
    }

    @Test
    void countsNothingPersonal() {
        neo4j.query("CREATE (:Participant {id: 'p1', reference: 'AB12'})").run();

        http.get().uri("/api/network/summary").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.nodes.Participant").doesNotExist();
    }
}
