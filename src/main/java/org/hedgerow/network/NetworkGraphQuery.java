package org.hedgerow.network;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Period;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network graph of a place in one statement, with who may see it (facilitators within their place, admins).
 * Each kind of node is capped on its own so the whole stays under {@value #NODE_LIMIT} nodes: localities 100,
 * groups 600 (by name), activities 700, venues 300, organisers 300. Groups are always shown; localities only with
 * {@code WITHIN} links, activities with {@code RUNS} or {@code MEETS_AT}, venues with {@code MEETS_AT}, organisers
 * with {@code RUNS} or {@code KNOWS}. The answer is measured ({@link NetworkMeasures}) over exactly what it holds.
 */
@Component
class NetworkGraphQuery {

    static final int NODE_LIMIT = 2_000;

    private static final String GRAPH = """
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            OPTIONAL MATCH (place:Locality {code: $place})
            WITH place, place IS NOT NULL AND account IS NOT NULL AND (account.role = 'ADMIN'
                 OR (account.role = 'FACILITATOR'
                     AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(place) })) AS maySee,
                 $category IS NULL OR EXISTS { (:Category {code: $category}) } AS categoryKnown
            CALL (place, maySee) {
                OPTIONAL MATCH (place)<-[:WITHIN*0..]-(l:Locality) WHERE maySee
                WITH l ORDER BY l.name, l.code
                WITH collect(l) AS found
                RETURN found, CASE WHEN 'WITHIN' IN $links THEN found[..100] ELSE [] END AS localities,
                       'WITHIN' IN $links AND size(found) > 100 AS localitiesCut
            }
            CALL (found) {
                UNWIND found AS l
                MATCH (l)<-[:BASED_IN]-(g:Group) WHERE coalesce(g.status, 'ACTIVE') = 'ACTIVE'
                  AND ($category IS NULL OR EXISTS { (g)-[:RUNS]->(a:Activity)-[:IN_CATEGORY]->(:Category {code: $category})
                                                      WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' })
                WITH g ORDER BY g.name, g.id
                WITH collect(g) AS kept
                RETURN kept[..600] AS groups, size(kept) > 600 AS groupsCut
            }
            CALL (groups) {
                UNWIND groups AS g
                MATCH (g)-[:RUNS]->(a:Activity)
                WHERE ('RUNS' IN $links OR 'MEETS_AT' IN $links) AND coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                  AND ($category IS NULL OR EXISTS { (a)-[:IN_CATEGORY]->(:Category {code: $category}) })
                WITH a ORDER BY a.name, a.id
                WITH collect(a) AS kept
                RETURN kept[..700] AS activities, size(kept) > 700 AS activitiesCut
            }
            CALL (activities) {
                UNWIND activities AS a
                MATCH (a)-[:HELD_AT]->(v:Venue) WHERE 'MEETS_AT' IN $links
                WITH DISTINCT v ORDER BY v.name, v.id
                WITH collect(v) AS kept
                RETURN kept[..300] AS venues, size(kept) > 300 AS venuesCut
            }
            CALL (groups) {
                UNWIND groups AS g
                MATCH (g)<-[:ORGANISES]-(o:Organiser) WHERE 'RUNS' IN $links OR 'KNOWS' IN $links
                WITH DISTINCT o ORDER BY o.name, o.id
                WITH collect(o) AS kept
                RETURN kept[..300] AS organisers, size(kept) > 300 AS organisersCut
            }
            CALL (localities, groups, activities, venues, organisers) {
                CALL (localities, groups, activities, venues, organisers) {
                    UNWIND localities AS l
                    MATCH (l)-[:WITHIN]->(parent:Locality) WHERE 'WITHIN' IN $links AND parent IN localities
                    RETURN {from: l.id, to: parent.id, kind: 'WITHIN'} AS edge
                    UNION ALL
                    UNWIND groups AS g
                    MATCH (g)-[:BASED_IN]->(l:Locality) WHERE 'WITHIN' IN $links AND l IN localities
                    RETURN {from: g.id, to: l.id, kind: 'WITHIN'} AS edge
                    UNION ALL
                    UNWIND organisers AS o
                    MATCH (o)-[:ORGANISES]->(g:Group) WHERE 'RUNS' IN $links AND g IN groups
                    RETURN {from: o.id, to: g.id, kind: 'RUNS'} AS edge
                    UNION ALL
                    UNWIND activities AS a
                    MATCH (g:Group)-[:RUNS]->(a) WHERE 'RUNS' IN $links AND g IN groups
                    RETURN {from: g.id, to: a.id, kind: 'RUNS'} AS edge
                    UNION ALL
                    UNWIND activities AS a
                    MATCH (a)-[:HELD_AT]->(v:Venue) WHERE 'MEETS_AT' IN $links AND v IN venues
                    RETURN {from: a.id, to: v.id, kind: 'MEETS_AT'} AS edge
                    UNION ALL
                    UNWIND organisers AS o
                    MATCH (o)-[k:KNOWS]->(other:Organiser) WHERE 'KNOWS' IN $links AND other IN organisers
                    OPTIONAL MATCH (met:Gathering {id: k.gatheringId})
                    RETURN {from: o.id, to: other.id, kind: 'KNOWS',
                            origin: {kind: CASE WHEN met IS NULL THEN 'DIRECT' ELSE 'GATHERING' END,
                                     gatheringId: met.id, title: met.title}} AS edge
                    UNION ALL
                    UNWIND groups AS g
                    MATCH (g)-[:PARTNERS_WITH]->(other:Group) WHERE 'PARTNERS' IN $links AND other IN groups
                    RETURN {from: g.id, to: other.id, kind: 'PARTNERS'} AS edge
                    UNION ALL
                    UNWIND groups AS g
                    MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral)<-[:ONWARD_FROM]-(r:Referral)
                          -[:TO]->(:Activity)<-[:RUNS]-(other:Group)
                    WHERE 'REFERRED' IN $links AND other <> g AND other IN groups
                      AND r.createdAt >= $from AND r.createdAt < $to
                    WITH g, other, count(r) AS n
                    RETURN {from: g.id, to: other.id, kind: 'REFERRED', count: CASE WHEN n <= 4 THEN '<5' ELSE n END}
                           AS edge
                }
                RETURN collect(edge) AS edges
            }
            WITH place, maySee, categoryKnown, localities, groups, activities, venues, organisers, edges,
                 localitiesCut OR groupsCut OR activitiesCut OR venuesCut OR organisersCut AS truncated
            RETURN place IS NOT NULL AS exists, maySee, categoryKnown, place.code AS localityCode,
                   place.name AS localityName,
                   [l IN localities | {id: l.id, kind: 'LOCALITY', label: l.name, localityCode: l.code}]
                   + [g IN groups | {id: g.id, kind: 'GROUP', label: g.name,
                                     localityCode: [(g)-[:BASED_IN]->(l) | l.code][0]}]
                   + [a IN activities | {id: a.id, kind: 'ACTIVITY', label: a.name,
                                         localityCode: [(a)-[:HELD_AT]->(:Venue)-[:IN]->(l) | l.code][0]}]
                   + [v IN venues | {id: v.id, kind: 'VENUE', label: v.name, localityCode: [(v)-[:IN]->(l) | l.code][0]}]
                   + [o IN organisers | {id: o.id, kind: 'ORGANISER', label: o.name, localityCode: null}] AS nodes,
                   edges, truncated
            """;

    private static final String ROOTS = """
            MATCH (root:Locality) WHERE NOT EXISTS { (root)-[:WITHIN]->(:Locality) }
            RETURN root.code ORDER BY root.code LIMIT 20
            """;

    private final Neo4jClient neo4j;
    private final Clock clock;

    NetworkGraphQuery(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /** What the statement returns: the graph, and whether the place and category are known and may be seen. */
    record Found(boolean exists, boolean maySee, boolean categoryKnown, String localityCode, String localityName,
                 List<NetworkMeasures.Unmeasured> nodes, List<NetworkGraph.Edge> edges, boolean truncated) {
    }

    @Transactional(readOnly = true)
    NetworkGraph graph(String place, String category, Set<LinkKind> links, String accountId) {
        var lastTwelveMonths = Period.of(null, null, clock);
        var found = Rows.fetch(neo4j.query(GRAPH).bind(accountId).to("accountId").bind(place).to("place")
                .bind(category).to("category").bind(links.stream().map(Enum::name).toList()).to("links")
                .bind(lastTwelveMonths.start()).to("from").bind(lastTwelveMonths.end()).to("to"), Found.class)
                .one().orElseThrow();
        if (!found.categoryKnown()) {
            throw new InvalidRequestException("category", "is not a category we know: " + category);
        }
        if (!found.exists()) {
            throw new NotFoundException("There is no locality " + place + ".");
        }
        if (!found.maySee()) {
            throw new ForbiddenException("Facilitators see the network of the place they facilitate; " + place
                    + " is outside yours.");
        }
        var measured = NetworkMeasures.of(found.nodes(), found.edges());
        return new NetworkGraph(found.localityCode(), found.localityName(), measured.nodes(), found.edges(),
                found.truncated(), measured.communities(), null, null);
    }

    /** The top of the locality tree, when there is one top; with several an admin has to choose. */
    String root() {
        var roots = List.copyOf(neo4j.query(ROOTS).fetchAs(String.class).all());
        if (roots.size() == 1) {
            return roots.getFirst();
        }
        if (roots.isEmpty()) {
            throw new NotFoundException("The network has no localities yet.");
        }
        throw new InvalidRequestException("locality", "choose a place; the top-level ones are " + roots);
    }
}
