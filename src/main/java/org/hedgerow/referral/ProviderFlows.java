package org.hedgerow.referral;

import java.util.List;

import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Period;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a group's referrals come from and where its organisers send people on, counted over a period, in one
 * statement that also decides who may see it. Counts only: no referral, participant or date leaves the graph.
 * A referral made onward comes "from" the group that received the referral it was made from.
 */
@Component
class ProviderFlows {

    /** {@code g}: its organisers, a facilitator of a place it is within (aggregates are theirs), admins. */
    private static final String MAY_SEE = """
            (account IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'PROVIDER' AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(g) })
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g) })))""";

    static final String FLOWS = """
            %s
            OPTIONAL MATCH (g:Group {id: $id})
            WITH g, g IS NOT NULL AND %s AS maySee
            CALL (g, maySee) {
                WITH g WHERE maySee
                MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)
                WHERE r.createdAt >= $from AND r.createdAt < $to
                RETURN count(r) AS received
            }
            CALL (g, maySee) {
                WITH g WHERE maySee
                MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)-[:MADE_BY]->(w:LinkWorker)
                WHERE r.createdAt >= $from AND r.createdAt < $to
                WITH w, count(r) AS referrals ORDER BY referrals DESC, w.name, w.id
                RETURN collect(w {.id, .name, referrals: referrals,
                                  pcn: [(w)-[:WORKS_FOR]->(pcn:Pcn) | pcn {.id, .name}][0]}) AS fromLinkWorkers
            }
            CALL (g, maySee) {
                WITH g WHERE maySee
                MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)-[:ONWARD_FROM]->(:Referral)
                      -[:TO]->(:Activity)<-[:RUNS]-(other:Group)
                WHERE r.createdAt >= $from AND r.createdAt < $to AND other <> g
                WITH other, count(r) AS referrals ORDER BY referrals DESC, other.name, other.id
                RETURN collect({group: other {.id, .name}, referrals: referrals}) AS fromProviders
            }
            CALL (g, maySee) {
                WITH g WHERE maySee
                MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral)<-[:ONWARD_FROM]-(r:Referral)
                      -[:TO]->(:Activity)<-[:RUNS]-(other:Group)
                WHERE r.createdAt >= $from AND r.createdAt < $to
                WITH g, other, count(r) AS referrals ORDER BY referrals DESC, other.name, other.id
                WITH sum(referrals) AS sent,
                     collect(CASE WHEN other <> g THEN {group: other {.id, .name}, referrals: referrals} END) AS groups
                RETURN sent, [x IN groups WHERE x IS NOT NULL] AS toProviders
            }
            RETURN g IS NOT NULL AS exists, maySee, g.name AS name, received, sent,
                   fromLinkWorkers, fromProviders, toProviders
            """.formatted(MaySee.ACCOUNT, MAY_SEE);

    /** What {@link #FLOWS} returns: whether the group exists and the caller may see it, then its counts. */
    record Found(boolean exists, boolean maySee, String name, long received, long sent,
                 List<GroupFlows.LinkWorkerFlow> fromLinkWorkers, List<GroupFlows.ProviderFlow> fromProviders,
                 List<GroupFlows.ProviderFlow> toProviders) {
    }

    private final Neo4jClient neo4j;

    ProviderFlows(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    GroupFlows of(String groupId, String accountId, Period period) {
        var found = Rows.fetch(neo4j.query(FLOWS).bind(groupId).to("id").bind(accountId).to("accountId")
                .bind(period.start()).to("from").bind(period.end()).to("to"), Found.class).one().orElseThrow();
        if (!found.exists()) {
            throw new NotFoundException("There is no group " + groupId + ".");
        }
        if (!found.maySee()) {
            throw new ForbiddenException("Only the group's organisers, facilitators of its place and admins see "
                    + "its referral flows.");
        }
        return new GroupFlows(new ReferralView.Ref(groupId, found.name()), period.from(), period.to(),
                found.received(), found.sent(), found.fromLinkWorkers(), found.fromProviders(), found.toProviders());
    }
}
