package org.hedgerow.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Who referred people to whom over a period, as a weighted graph: PCN → link worker → group (referrals made by
 * link workers) and group → group (people referred on). Counts only.
 *
 * @param scope     the place ({@code LOCALITY}) or the one group ({@code GROUP}) the flows are about
 * @param truncated true when only the {@value FlowMaps#EDGE_LIMIT} heaviest edges are shown
 */
record FlowMap(Scope scope, LocalDate from, LocalDate to, List<Node> nodes, List<Edge> edges, boolean truncated)
        implements InsightView {

    record Scope(String kind, String code, String name) {
    }

    /** @param kind {@code GROUP}, {@code LINK_WORKER} or {@code PCN} */
    record Node(String id, String kind, String name, String localityCode) {
    }

    record Edge(String from, String to, Count count) {
    }
}
