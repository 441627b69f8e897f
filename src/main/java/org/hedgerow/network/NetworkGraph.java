package org.hedgerow.network;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The network of a place as nodes and links, for a graph view: its localities, groups, their activities, the venues
 * they meet at and their organisers. Capped at {@value NetworkGraphQuery#NODE_LIMIT} nodes ({@code truncated} says
 * when something was left out).
 *
 * @param nodes kinds {@code LOCALITY}, {@code GROUP}, {@code ACTIVITY}, {@code VENUE}, {@code ORGANISER}
 * @param edges kinds {@code WITHIN} (locality in locality, group based in locality), {@code RUNS} (organiser runs
 *              group, group runs activity), {@code MEETS_AT} (activity at venue), {@code KNOWS} (organisers),
 *              {@code PARTNERS} (groups), {@code REFERRED} (people referred on from group to group in the last 12
 *              months, with a {@code count}: 1 to 4 shown as "<5")
 */
public record NetworkGraph(String localityCode, String localityName, List<Node> nodes, List<Edge> edges,
                           boolean truncated) {

    public record Node(String id, String kind, String label, String localityCode) {
    }

    /**
     * @param count  for {@code REFERRED} only: a number, or "<5"
     * @param origin for {@code KNOWS} only: where the two came to know each other
     */
    public record Edge(String from, String to, String kind,
                       @Schema(oneOf = {Long.class, String.class}, nullable = true,
                               description = "REFERRED only: the number of referrals, or \"<5\"") Object count,
                       Origin origin) {
    }

    /**
     * Where an acquaintance came from: {@code DIRECT} (an introduction asked for, or known before Hedgerow), or
     * {@code GATHERING} with the gathering's id and title.
     */
    public record Origin(String kind, String gatheringId, String title) {
    }
}
