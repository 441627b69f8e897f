package org.hedgerow.network;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hedgerow.core.NotFoundException;

/**
 * Focus mode: one node of a map and what lies within one or two links of it, whichever way the links run. The
 * measures stay those of the whole map, so a broker keeps its size when looked at closely.
 */
final class Neighbourhood {

    static final int MAX_DEPTH = 2;

    private Neighbourhood() {
    }

    static NetworkGraph around(NetworkGraph map, String focus, int depth) {
        if (map.nodes().stream().noneMatch(n -> n.id().equals(focus))) {
            throw new NotFoundException("There is no node " + focus + " on this map of " + map.localityName()
                    + " (with these filters).");
        }
        Map<String, Set<String>> links = new HashMap<>();
        for (var edge : map.edges()) {
            links.computeIfAbsent(edge.from(), id -> new HashSet<>()).add(edge.to());
            links.computeIfAbsent(edge.to(), id -> new HashSet<>()).add(edge.from());
        }
        var steps = new HashMap<String, Integer>(Map.of(focus, 0));
        var next = new ArrayDeque<>(List.of(focus));
        while (!next.isEmpty()) {
            String id = next.removeFirst();
            int step = steps.get(id);
            if (step == depth) {
                continue;
            }
            for (String other : links.getOrDefault(id, Set.of())) {
                if (steps.putIfAbsent(other, step + 1) == null) {
                    next.addLast(other);
                }
            }
        }
        var nodes = map.nodes().stream().filter(n -> steps.containsKey(n.id())).toList();
        var edges = map.edges().stream().filter(e -> steps.containsKey(e.from()) && steps.containsKey(e.to())).toList();
        var shown = nodes.stream().map(NetworkGraph.Node::community).collect(Collectors.toSet());
        var communities = map.communities().stream().filter(c -> shown.contains(c.id())).toList();
        return new NetworkGraph(map.localityCode(), map.localityName(), nodes, edges, map.truncated(), communities,
                focus, depth);
    }
}
