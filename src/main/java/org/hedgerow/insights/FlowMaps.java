package org.hedgerow.insights;

import java.util.List;
import java.util.Map;

import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Period;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral flows in one statement each, for a place or for one group. A place's flows are every referral in the
 * period made by a link worker of a PCN covering a locality within it, or received by a group based within it, and
 * every onward referral from or to such a group; a group's flows are those into and out of it. Edges are counted
 * in Cypher and the heaviest {@value #EDGE_LIMIT} kept.
 */
@Component
class FlowMaps {

    static final int EDGE_LIMIT = 2_000;

    private static final String PLACE_SCOPE = Places.ACCESS + Places.LOCALITIES + """
            CALL (localities) {
                UNWIND localities AS l
                MATCH (l)<-[:COVERS]-(:Pcn)<-[:WORKS_FOR]-(w:LinkWorker)
                RETURN collect(DISTINCT w) AS workers
            }
            CALL (localities) {
                UNWIND localities AS l
                MATCH (l)<-[:BASED_IN]-(g:Group)
                RETURN collect(g) AS groups
            }
            WITH place IS NOT NULL AS exists, maySee, {kind: 'LOCALITY', code: place.code, name: place.name} AS scope,
                 workers, groups
            """;

    /** A group's flows: its organisers, a facilitator of a place it is within, admins. */
    private static final String GROUP_SCOPE = """
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            OPTIONAL MATCH (g:Group {id: $group})
            WITH g, g IS NOT NULL AND account IS NOT NULL AND (account.role = 'ADMIN'
                 OR (account.role = 'PROVIDER' AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(g) })
                 OR (account.role = 'FACILITATOR'
                     AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g) }))
                 AS maySee
            WITH g IS NOT NULL AS exists, maySee, {kind: 'GROUP', code: g.id, name: g.name} AS scope, [] AS workers,
                 CASE WHEN maySee THEN [g] ELSE [] END AS groups
            """;

    private static final String EDGES = """
            CALL (workers, groups) {
                CALL (workers, groups) {
                    UNWIND workers AS w
                    MATCH (w)<-[:MADE_BY]-(r:Referral) WHERE r.createdAt >= $from AND r.createdAt < $to
                    RETURN r
                    UNION
                    UNWIND groups AS g
                    MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)-[:MADE_BY]->(:LinkWorker)
                    WHERE r.createdAt >= $from AND r.createdAt < $to
                    RETURN r
                }
                MATCH (w:LinkWorker)<-[:MADE_BY]-(r)-[:TO]->(:Activity)<-[:RUNS]-(g:Group)
                WITH w, g, count(r) AS n
                RETURN collect({source: w, target: g, count: n}) AS referred
            }
            CALL (referred) {
                UNWIND referred AS e
                WITH e.source AS w, e.count AS n
                MATCH (w)-[:WORKS_FOR]->(p:Pcn)
                WITH p, w, sum(n) AS n
                RETURN collect({source: p, target: w, count: n}) AS staffed
            }
            CALL (groups) {
                CALL (groups) {
                    UNWIND groups AS g
                    MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral)<-[:ONWARD_FROM]-(r:Referral)
                    WHERE r.createdAt >= $from AND r.createdAt < $to
                    RETURN r
                    UNION
                    UNWIND groups AS g
                    MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)-[:ONWARD_FROM]->(:Referral)
                    WHERE r.createdAt >= $from AND r.createdAt < $to
                    RETURN r
                }
                MATCH (r)-[:ONWARD_FROM]->(:Referral)-[:TO]->(:Activity)<-[:RUNS]-(source:Group),
                      (r)-[:TO]->(:Activity)<-[:RUNS]-(target:Group)
                WHERE source <> target
                WITH source, target, count(r) AS n
                RETURN collect({source: source, target: target, count: n}) AS onward
            }
            CALL (referred, staffed, onward) {
                UNWIND referred + staffed + onward AS e
                WITH e ORDER BY e.count DESC, e.source.id, e.target.id
                RETURN collect(e) AS ranked
            }
            WITH exists, maySee, scope, ranked[..$edgeLimit] AS edges, size(ranked) > $edgeLimit AS truncated
            CALL (edges) {
                UNWIND edges AS e
                UNWIND [e.source, e.target] AS n
                WITH DISTINCT n
                WITH n, CASE WHEN n:Group THEN 'GROUP' WHEN n:LinkWorker THEN 'LINK_WORKER' ELSE 'PCN' END AS kind
                ORDER BY kind, n.name, n.id
                RETURN collect({id: n.id, name: n.name, kind: kind,
                        localityCode: CASE kind
                            WHEN 'GROUP' THEN COLLECT { MATCH (n)-[:BASED_IN]->(l) RETURN l.code ORDER BY l.code LIMIT 1 }[0]
                            WHEN 'LINK_WORKER' THEN COLLECT { MATCH (n)-[:WORKS_FOR]->(:Pcn)-[:COVERS]->(l)
                                                              RETURN l.code ORDER BY l.code LIMIT 1 }[0]
                            ELSE COLLECT { MATCH (n)-[:COVERS]->(l) RETURN l.code ORDER BY l.code LIMIT 1 }[0] END})
                       AS nodes
            }
            RETURN exists, maySee, scope, nodes, truncated,
                   [e IN edges | {from: e.source.id, to: e.target.id, count: e.count}] AS edges
            """;

    static final String PLACE_FLOWS = PLACE_SCOPE + EDGES;
    static final String GROUP_FLOWS = GROUP_SCOPE + EDGES;

    /** What the statements return: all of a flow map but its period. */
    record Found(boolean exists, boolean maySee, FlowMap.Scope scope, List<FlowMap.Node> nodes,
                 List<FlowMap.Edge> edges, boolean truncated) implements Places.Row {

        FlowMap over(Period period) {
            return new FlowMap(scope, period.from(), period.to(), nodes, edges, truncated);
        }
    }

    private final Places places;
    private final Neo4jClient neo4j;

    FlowMaps(Places places, Neo4jClient neo4j) {
        this.places = places;
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    FlowMap ofPlace(String place, Period period, String accountId) {
        return places.read(PLACE_FLOWS, place, period, accountId, Map.of("edgeLimit", EDGE_LIMIT), Found.class)
                .over(period);
    }

    @Transactional(readOnly = true)
    FlowMap ofGroup(String group, Period period, String accountId) {
        var found = Rows.fetch(neo4j.query(GROUP_FLOWS).bind(accountId).to("accountId").bind(group).to("group")
                .bind(period.start()).to("from").bind(period.end()).to("to").bind(EDGE_LIMIT).to("edgeLimit"),
                Found.class).one().orElseThrow();
        if (!found.exists()) {
            throw new NotFoundException("There is no group " + group + ".");
        }
        if (!found.maySee()) {
            throw new ForbiddenException("A group's flows are seen by its organisers, facilitators of its place "
                    + "and admins.");
        }
        return found.over(period);
    }
}
