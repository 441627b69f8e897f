package org.hedgerow.network;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many of each kind of node and relationship the network holds.
 *
 * @param nodes         count per node label, e.g. {@code Activity → 47}
 * @param relationships count per relationship type, e.g. {@code RUNS → 47}
 */
public record NetworkSummary(Map<String, Long> nodes, Map<String, Long> relationships) {

    /** Kinds in alphabetical order, so the answer reads the same every time (a Cypher map has no order). */
    public NetworkSummary {
        nodes = new TreeMap<>(nodes);
        relationships = new TreeMap<>(relationships);
    }
}
