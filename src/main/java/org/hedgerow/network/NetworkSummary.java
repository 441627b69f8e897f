package org.hedgerow.network;

import java.util.Map;

/**
 * How many of each kind of node and relationship the network holds.
 *
 * @param nodes         count per node label, e.g. {@code Activity → 47}
 * @param relationships count per relationship type, e.g. {@code RUNS → 47}
 */
public record NetworkSummary(Map<String, Long> nodes, Map<String, Long> relationships) {
}
