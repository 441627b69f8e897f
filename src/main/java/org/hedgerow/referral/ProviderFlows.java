package org.hedgerow.referral;


import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.GraphValues;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Period;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
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
                RETURN collect(other {.id, .name, referrals: referrals}) AS fromProviders
            }
            CALL (g, maySee) {
                WITH g WHERE maySee
                MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral)<-[:ONWARD_FROM]-(r:Referral)
                      -[:TO]->(:Activity)<-[:RUNS]-(other:Group)
                WHERE r.createdAt >= $from AND r.createdAt < $to
                WITH g, other, count(r) AS referrals ORDER BY referrals DESC, other.name, other.id
                WITH sum(referrals) AS sent,
                     collect(CASE WHEN other <> g THEN other {.id, .name, referrals: referrals} END) AS groups
                RETURN sent, [x IN groups WHERE x IS NOT NULL] AS toProviders
            }
            RETURN g IS NOT NULL AS exists, maySee, g.name AS name, received, sent,
                   fromLinkWorkers, fromProviders, toProviders
            """.formatted(MaySee.ACCOUNT, MAY_SEE);

    private final Neo4jClient neo4j;

    ProviderFlows(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    GroupFlows of(String groupId, String accountId, Period period) {
        var row = neo4j.query(FLOWS).bind(groupId).to("id").bind(accountId).to("accountId")
                .bind(period.start()).to("from").bind(period.end()).to("to")
                .fetchAs(Record.class).mappedBy((types, record) -> record)
                .one().orElseThrow();
        if (!row.get("exists").asBoolean()) {
            throw new NotFoundException("There is no group " + groupId + ".");
        }
        if (!row.get("maySee").asBoolean()) {
            throw new ForbiddenException("Only the group's organisers, facilitators of its place and admins see "
                    + "its referral flows.");
        }
        var toProviders = row.get("toProviders").asList(ProviderFlows::provider);
        return new GroupFlows(new ReferralView.Ref(groupId, GraphValues.text(row.get("name"))), period.from(), period.to(),
                row.get("received").asLong(), row.get("sent").asLong(),
                row.get("fromLinkWorkers").asList(w -> new GroupFlows.LinkWorkerFlow(GraphValues.text(w.get("id")),
                        GraphValues.text(w.get("name")), w.get("pcn").isNull() ? null
                                : new ReferralView.Ref(GraphValues.text(w.get("pcn").get("id")),
                                        GraphValues.text(w.get("pcn").get("name"))),
                        w.get("referrals").asLong())),
                row.get("fromProviders").asList(ProviderFlows::provider), toProviders);
    }

    private static GroupFlows.ProviderFlow provider(Value g) {
        return new GroupFlows.ProviderFlow(new ReferralView.Ref(GraphValues.text(g.get("id")), GraphValues.text(g.get("name"))),
                g.get("referrals").asLong());
    }
}
