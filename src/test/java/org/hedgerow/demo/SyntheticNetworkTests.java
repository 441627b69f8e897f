package org.hedgerow.demo;

import java.util.HashSet;
import java.util.stream.Collectors;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SyntheticNetworkTests extends GraphTest {

    @Autowired SyntheticNetwork synthetic;
    @Autowired Neo4jClient neo4j;

    @Test
    void hasNationalProportions() {
        var network = new SyntheticNetworkGenerator(7).generate(10_000);

        assertThat(network.activities()).hasSize(10_000);
        assertThat(network.venues()).hasSize(2_000);
        assertThat(network.groups()).hasSize(3_000);
        assertThat(network.organisers()).hasSize(3_600);
        assertThat(network.pcns()).hasSize(130);
        assertThat(network.practices()).hasSize(650);
        assertThat(network.linkWorkers()).hasSize(300);
        assertThat(network.localities()).hasSizeGreaterThan(130);
    }

    @Test
    void everyGroupRunsSomethingAndAFewRunALot() {
        var network = new SyntheticNetworkGenerator(7).generate(10_000);
        var perGroup = network.activities().stream()
                .collect(Collectors.groupingBy(NetworkRows.Activity::group, Collectors.counting()));

        assertThat(perGroup).hasSize(network.groups().size());
        assertThat(perGroup.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("the biggest provider").isGreaterThanOrEqualTo(20);
    }

    @Test
    void isTheSameForTheSameSeed() {
        var once = new SyntheticNetworkGenerator(11).generate(500);
        var again = new SyntheticNetworkGenerator(11).generate(500);
        var other = new SyntheticNetworkGenerator(12).generate(500);

        assertThat(again).isEqualTo(once);
        assertThat(other.activities()).isNotEqualTo(once.activities());
    }

    @Test
    void idsAndCodesAreUnique() {
        var network = new SyntheticNetworkGenerator(7).generate(10_000);

        assertThat(new HashSet<>(network.localities().stream().map(NetworkRows.Locality::code).toList()))
                .hasSize(network.localities().size());
        assertThat(new HashSet<>(network.practices().stream().map(NetworkRows.Practice::odsCode).toList()))
                .hasSize(network.practices().size());
    }

    @Test
    void growsInTheStoreOnceWithEveryLinkInPlace() {
        TestGraph.clear(neo4j);

        assertThat(synthetic.grow(2_000, 3)).isTrue();
        assertThat(synthetic.grow(2_000, 3)).as("a second run finds it there").isFalse();

        assertThat(count("MATCH (:Group)-[:RUNS]->(a:Activity)-[:HELD_AT]->(:Venue) RETURN count(a)")).isEqualTo(2_000);
        assertThat(count("MATCH (a:Activity) WHERE NOT (a)-[:IN_CATEGORY]->() OR NOT (a)-[:SUPPORTS]->() RETURN count(a)"))
                .isZero();
        assertThat(count("MATCH (v:Venue)-[:IN]->(:Locality {kind: 'LOCALITY'}) RETURN count(v)")).isEqualTo(400);
        assertThat(count("MATCH (:LinkWorker)-[:WORKS_FOR]->(p:Pcn) RETURN count(DISTINCT p)")).isEqualTo(26);
        assertThat(count("""
                MATCH (l:Locality {kind: 'LOCALITY'}) WHERE NOT (l)-[:WITHIN]->(:Locality {kind: 'PLACE'})-[:WITHIN]->(:Locality {kind: 'ICS'})
                RETURN count(l)""")).isZero();
    }

    @Test
    void aRunStoppedPartWayIsCompletedByTheNext() {
        TestGraph.clear(neo4j);
        synthetic.grow(1_000, 5);
        neo4j.query("MATCH (w:LinkWorker) DETACH DELETE w").run();
        neo4j.query("MATCH ()-[k:KNOWS]->() DELETE k").run();

        assertThat(synthetic.grow(1_000, 5)).isTrue();
        assertThat(count("MATCH (w:LinkWorker) RETURN count(w)")).isEqualTo(30);
        assertThat(count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).isPositive();
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(1_000);
    }

    private long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }
}
