package org.hedgerow.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Betweenness and communities on graphs small enough to work out by hand. */
class NetworkMeasuresTests {

    /**
     * Two triangles (a1 a2 a3 in Amber, b1 b2 b3 in Glossop) joined only through x (Belper), linked to a1 and b1.
     * Seven nodes, so 15 pairs of other nodes for each. Every shortest way from an a to a b passes x: 9 pairs, 9/15.
     * a1 lies on the ways from a2 and a3 to x and the bs: 2 × 4 = 8 pairs, 8/15; b1 likewise. The rest: 0.
     */
    private static final List<NetworkGraph.Edge> BRIDGED = List.of(edge("a1", "a2"), edge("a2", "a3"), edge("a3", "a1"),
            edge("b1", "b2"), edge("b2", "b3"), edge("b3", "b1"), edge("x", "a1"), edge("b1", "x"));

    @Test
    void theBridgeBetweenTwoTrianglesIsTheTopBrokerAndTheTrianglesAreTwoCommunities() {
        var measured = NetworkMeasures.of(nodes("a1 AMBER", "a2 AMBER", "a3 AMBER", "b1 GLOSSOP", "b2 GLOSSOP",
                "b3 GLOSSOP", "x BELPER"), BRIDGED);
        var node = byId(measured);

        assertThat(node.get("x").betweenness()).isCloseTo(9 / 15.0, within(1e-9));
        assertThat(node.get("a1").betweenness()).isCloseTo(8 / 15.0, within(1e-9));
        assertThat(node.get("b1").betweenness()).isCloseTo(8 / 15.0, within(1e-9));
        assertThat(List.of("a2", "a3", "b2", "b3")).allSatisfy(id -> assertThat(node.get(id).betweenness()).isZero());

        // Modularity, worked by hand (m = 8, degree sum 16): a triangle with x and the other triangle score
        // 4/8 − (9/16)² + 3/8 − (7/16)² ≈ 0.367, above the triangles and x apart (≈ 0.352) and all in one (0).
        int a = node.get("a1").community();
        int b = node.get("b1").community();
        assertThat(a).isNotEqualTo(b);
        assertThat(List.of("a2", "a3")).allSatisfy(id -> assertThat(node.get(id).community()).isEqualTo(a));
        assertThat(List.of("b2", "b3")).allSatisfy(id -> assertThat(node.get(id).community()).isEqualTo(b));
        assertThat(node.get("x").community()).isIn(a, b);
        assertThat(measured.communities()).hasSize(2);
        var withBridge = measured.communities().getFirst();
        assertThat(withBridge.id()).isZero();
        assertThat(withBridge.size()).isEqualTo(4);
        assertThat(withBridge.localities()).containsExactly(node.get("x").community() == a ? "AMBER" : "GLOSSOP", "BELPER");
        assertThat(measured.communities().get(1).size()).isEqualTo(3);
        assertThat(node.get("x").community()).isZero();
    }

    @Test
    void theHubOfAStarIsOnEveryShortestWay() {
        var measured = NetworkMeasures.of(nodes("hub", "n1", "n2", "n3", "n4"),
                List.of(edge("hub", "n1"), edge("n2", "hub"), edge("hub", "n3"), edge("n4", "hub")));
        assertThat(byId(measured).get("hub").betweenness()).isEqualTo(1.0);
        assertThat(byId(measured).get("n1").betweenness()).isZero();
    }

    @Test
    void linksCountOnceWhateverTheirKindOrDirection() {
        // a–b twice (RUNS one way, KNOWS the other) and b–c: b is on the one way from a to c, 1 of 1 pairs.
        var measured = NetworkMeasures.of(nodes("a", "b", "c"), List.of(new NetworkGraph.Edge("a", "b", "RUNS", null, null),
                new NetworkGraph.Edge("b", "a", "KNOWS", null, null), edge("b", "c"), edge("c", "c")));
        assertThat(byId(measured).get("b").betweenness()).isEqualTo(1.0);
    }

    @Test
    void separatePiecesAndLoneNodesAreCommunitiesOfTheirOwn() {
        var measured = NetworkMeasures.of(nodes("a1", "a2", "a3", "b1", "b2", "b3", "alone"),
                List.of(edge("a1", "a2"), edge("a2", "a3"), edge("a3", "a1"), edge("b1", "b2"), edge("b2", "b3"),
                        edge("b3", "b1")));
        var node = byId(measured);
        assertThat(measured.communities()).extracting(NetworkGraph.Community::size).containsExactly(3, 3, 1);
        assertThat(node.get("alone").community()).isEqualTo(2);
        assertThat(node.get("a1").community()).isZero();
        assertThat(node.get("b1").community()).isEqualTo(1);
        assertThat(measured.nodes()).allSatisfy(n -> assertThat(n.betweenness()).isZero());
        assertThat(measured.communities().get(2).localities()).isEmpty();
    }

    @Test
    void anEmptyMapHasNoCommunities() {
        var measured = NetworkMeasures.of(List.of(), List.of());
        assertThat(measured.nodes()).isEmpty();
        assertThat(measured.communities()).isEmpty();
    }

    @Test
    void theSameGraphInAnotherOrderGetsTheSameCommunities() {
        var ids = new ArrayList<>(List.of("a1 AMBER", "a2 AMBER", "a3 AMBER", "b1 GLOSSOP", "b2 GLOSSOP", "b3 GLOSSOP",
                "x BELPER"));
        var edges = new ArrayList<>(BRIDGED);
        var first = byId(NetworkMeasures.measure(nodes(ids.toArray(String[]::new)), edges));
        Collections.reverse(ids);
        Collections.reverse(edges);
        var again = byId(NetworkMeasures.measure(nodes(ids.toArray(String[]::new)), edges));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void whereACommunitySitsIsReadAfreshWhenOnlyThePlacesChange() {
        var before = NetworkMeasures.of(nodes("p1 AMBER", "p2 AMBER"), List.of(edge("p1", "p2")));
        var after = NetworkMeasures.of(nodes("p1 GLOSSOP", "p2 GLOSSOP"), List.of(edge("p2", "p1")));
        assertThat(before.communities().getFirst().localities()).containsExactly("AMBER");
        assertThat(after.communities().getFirst().localities()).containsExactly("GLOSSOP");
    }

    /** Nodes given as "id" or "id LOCALITY". */
    private static List<NetworkMeasures.Unmeasured> nodes(String... nodes) {
        return java.util.Arrays.stream(nodes).map(n -> n.split(" "))
                .map(p -> new NetworkMeasures.Unmeasured(p[0], "GROUP", p[0], p.length > 1 ? p[1] : null)).toList();
    }

    private static NetworkGraph.Edge edge(String from, String to) {
        return new NetworkGraph.Edge(from, to, "PARTNERS", null, null);
    }

    private static Map<String, NetworkGraph.Node> byId(NetworkMeasures.Measured measured) {
        return measured.nodes().stream().collect(Collectors.toMap(NetworkGraph.Node::id, Function.identity()));
    }
}
