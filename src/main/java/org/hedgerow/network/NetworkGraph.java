package org.hedgerow.network;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The network of a place as nodes and links, for a graph view: its localities, groups, their activities, the venues
 * they meet at and their organisers, each measured (see {@link NetworkMeasures}). Capped at
 * {@value NetworkGraphQuery#NODE_LIMIT} nodes ({@code truncated} says when something was left out).
 *
 * @param nodes       kinds {@code LOCALITY}, {@code GROUP}, {@code ACTIVITY}, {@code VENUE}, {@code ORGANISER}
 * @param edges       kinds {@code WITHIN} (locality in locality, group based in locality), {@code RUNS} (organiser
 *                    runs group, group runs activity), {@code MEETS_AT} (activity at venue), {@code KNOWS}
 *                    (organisers), {@code PARTNERS} (groups), {@code REFERRED} (people referred on from group to group
 *                    in the last 12 months, with a {@code count}: 1 to 4 shown as "<5")
 * @param communities the clusters the nodes form, largest first (in focus mode: those of the nodes shown)
 * @param focus       in focus mode, the node the map is centred on
 * @param depth       in focus mode, how many links out from it the map reaches (1 or 2)
 */
public record NetworkGraph(String localityCode, String localityName, List<Node> nodes, List<Edge> edges,
                           boolean truncated, List<Community> communities,
                           @Schema(nullable = true, description = "Focus mode: the node the map is centred on")
                           String focus,
                           @Schema(nullable = true, description = "Focus mode: how many links out (1 or 2)")
                           Integer depth) {

    /**
     * @param betweenness how much the node sits on the shortest ways between others, 0 (never) to 1 (on every one):
     *                    brokers score high
     * @param community   which of {@code communities} the node belongs to
     */
    public record Node(String id, String kind, String label, @Nullable String localityCode,
                       @Schema(minimum = "0", maximum = "1") double betweenness, int community) {
    }

    /**
     * @param count  for {@code REFERRED} only: a number, or "<5"
     * @param origin for {@code KNOWS} only: where the two came to know each other
     */
    public record Edge(String from, String to, String kind,
                       @Schema(oneOf = {Long.class, String.class}, nullable = true,
                               description = "REFERRED only: the number of referrals, or \"<5\"") Object count,
                       @Nullable Origin origin) {
    }

    /**
     * Where an acquaintance came from: {@code DIRECT} (an introduction asked for, or known before Hedgerow), or
     * {@code GATHERING} with the gathering's id and title.
     */
    public record Origin(String kind, @Nullable String gatheringId, @Nullable String title) {
    }

    /**
     * A cluster of nodes more linked among themselves than to the rest.
     *
     * @param id         what nodes carry as {@code community}; 0 is the largest
     * @param size       how many nodes of the whole map are in it
     * @param localities the codes of the localities most of its nodes sit in, most first (at most three)
     */
    public record Community(int id, int size, List<String> localities) {
    }
}
