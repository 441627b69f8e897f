package org.hedgerow.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Who brokers and which clusters form, measured with JGraphT over exactly the nodes and links a map answers (so a
 * link filter changes the measures as it changes the picture). Links count once whatever their kind or direction:
 * a broker is someone many shortest ways between others pass through, however they are joined.
 *
 * <ul>
 * <li><b>Betweenness</b>: Brandes' algorithm ({@link BetweennessCentrality}), raw, then divided by the number of
 * pairs of other nodes, (n−1)(n−2)/2, so 1 is a node every shortest path passes through (the hub of a star). JGraphT's
 * own normalising divides by (n−1)(n−2) for undirected graphs, which tops out at ½.</li>
 * <li><b>Communities</b>: Clauset–Newman–Moore greedy modularity ({@link GreedyModularityAlgorithm}), run on each
 * connected piece on its own (JGraphT's implementation fails on a disconnected graph; no community spans two pieces
 * anyway). Chosen over label propagation, which is randomised and on small graphs can flood everything into one
 * label, and over Girvan–Newman, which needs the number of clusters and costs O(m²n). Nodes and links are added in id
 * order, so the same graph gives the same communities every time. Communities are numbered by size, largest first.</li>
 * </ul>
 * What the algorithms find depends only on the map's shape (ids and links), so it is remembered by shape; where
 * communities sit is read from the nodes each time.
 */
final class NetworkMeasures {

    /** How many of the places a community mostly sits in are named. */
    static final int LOCALITIES_NAMED = 3;

    private NetworkMeasures() {
    }

    /** A node as the statement finds it, before it is measured. */
    record Unmeasured(String id, String kind, String label, String localityCode) {
    }

    /** The measured nodes (in the order given) and the communities they form. */
    record Measured(List<NetworkGraph.Node> nodes, List<NetworkGraph.Community> communities) {
    }

    /** The shape of a map: its node ids and its links as pairs of ids, both in order. */
    private record Shape(List<String> ids, List<List<String>> pairs) {
    }

    /** What the algorithms found for a shape: each node's betweenness, and the communities as ids, largest first. */
    private record Found(Map<String, Double> betweenness, List<List<String>> clusters) {
    }

    /**
     * Measures by shape. Betweenness costs O(nm): milliseconds on a demo-sized map, seconds near the 2,000-node cap,
     * and focus mode measures the whole map on every click. The same shape always has the same measures, so the
     * entries never go stale and need no eviction across instances; only how long they are kept is bounded.
     */
    private static final Cache<Shape, Found> FOUND = Caffeine.newBuilder().maximumSize(64)
            .expireAfterAccess(Duration.ofHours(1)).build();

    /** The map's measures, remembered by its shape. */
    static Measured of(List<Unmeasured> nodes, List<NetworkGraph.Edge> edges) {
        var shape = shape(nodes, edges);
        return measured(nodes, FOUND.get(shape, NetworkMeasures::find));
    }

    /** The map's measures, worked out afresh. */
    static Measured measure(List<Unmeasured> nodes, List<NetworkGraph.Edge> edges) {
        return measured(nodes, find(shape(nodes, edges)));
    }

    private static Shape shape(List<Unmeasured> nodes, List<NetworkGraph.Edge> edges) {
        var ids = nodes.stream().map(Unmeasured::id).distinct().sorted().toList();
        var known = new HashSet<>(ids);
        var pairs = edges.stream()
                .filter(e -> !e.from().equals(e.to()) && known.contains(e.from()) && known.contains(e.to()))
                .map(e -> e.from().compareTo(e.to()) < 0 ? List.of(e.from(), e.to()) : List.of(e.to(), e.from()))
                .distinct()
                .sorted(Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)))
                .toList();
        return new Shape(ids, pairs);
    }

    private static Found find(Shape shape) {
        var graph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        shape.ids().forEach(graph::addVertex);
        shape.pairs().forEach(pair -> graph.addEdge(pair.get(0), pair.get(1)));
        return new Found(Map.copyOf(betweenness(graph)), List.copyOf(communities(graph)));
    }

    private static Measured measured(List<Unmeasured> nodes, Found found) {
        var betweenness = found.betweenness();
        var clusters = found.clusters();
        var communityOf = new HashMap<String, Integer>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String id : clusters.get(i)) {
                communityOf.put(id, i);
            }
        }
        var measured = nodes.stream().map(n -> new NetworkGraph.Node(n.id(), n.kind(), n.label(), n.localityCode(),
                betweenness.getOrDefault(n.id(), 0.0), communityOf.getOrDefault(n.id(), 0))).toList();
        return new Measured(measured, describe(clusters, nodes));
    }

    private static Map<String, Double> betweenness(Graph<String, DefaultEdge> graph) {
        long n = graph.vertexSet().size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        var raw = new BetweennessCentrality<>(graph, false).getScores();
        var scores = new HashMap<String, Double>();
        raw.forEach((id, score) -> scores.put(id, pairs > 0 ? Math.min(1.0, score / pairs) : 0.0));
        return scores;
    }

    /** Each community as its members' ids in order, largest first (ties: by first member). */
    private static List<List<String>> communities(Graph<String, DefaultEdge> graph) {
        var found = new ArrayList<List<String>>();
        for (Set<String> piece : new ConnectivityInspector<>(graph).connectedSets()) {
            if (piece.size() < 2) {
                found.add(List.copyOf(piece));
                continue;
            }
            var clustering = new GreedyModularityAlgorithm<>(new AsSubgraph<>(graph, piece)).getClustering();
            clustering.getClusters().forEach(cluster -> found.add(List.copyOf(new TreeSet<>(cluster))));
        }
        found.replaceAll(members -> List.copyOf(new TreeSet<>(members)));
        found.sort(Comparator.comparing((List<String> members) -> -members.size()).thenComparing(List::getFirst));
        return found;
    }

    private static List<NetworkGraph.Community> describe(List<List<String>> clusters, List<Unmeasured> nodes) {
        var localityOf = new HashMap<String, String>();
        nodes.forEach(n -> {
            if (n.localityCode() != null) {
                localityOf.put(n.id(), n.localityCode());
            }
        });
        var communities = new ArrayList<NetworkGraph.Community>();
        for (int i = 0; i < clusters.size(); i++) {
            var counts = new TreeMap<String, Integer>();
            clusters.get(i).stream().map(localityOf::get).filter(code -> code != null)
                    .forEach(code -> counts.merge(code, 1, Integer::sum));
            var mostly = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(LOCALITIES_NAMED).map(Map.Entry::getKey).toList();
            communities.add(new NetworkGraph.Community(i, clusters.get(i).size(), mostly));
        }
        return communities;
    }
}
