package org.hedgerow.referral;

import org.hedgerow.core.GraphValues;
import java.util.ArrayList;
import java.util.HashMap;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of onward referrals around one referral, in one statement: back along {@code ONWARD_FROM} to the
 * origin, then every referral made onward from it, each step marked with whether the viewer may see it.
 */
@Component
class ReferralPaths {

    static final String PATH = """
            MATCH (asked:Referral {id: $id})
            %s
            WITH asked AS r, account WHERE %s
            WITH r AS asked, account
            MATCH (asked)-[:ONWARD_FROM*0..]->(origin:Referral) WHERE NOT (origin)-[:ONWARD_FROM]->(:Referral)
            MATCH (step:Referral)-[:ONWARD_FROM*0..]->(origin)
            WITH DISTINCT asked, account, step ORDER BY step.createdAt, step.id
            CALL (account, step) {
                WITH account, step AS r
                RETURN %s AS visible
            }
            RETURN [(asked)-[:OF]->(p:Participant) | p.reference][0] AS reference,
                   collect(step {.id, .status, .createdAt, .updatedAt, visible: visible,
                       from: [(step)-[:ONWARD_FROM]->(o:Referral) | o.id][0],
                       activity: [(step)-[:TO]->(a:Activity) | a {.id, .name}][0],
                       group: [(step)-[:TO]->(:Activity)<-[:RUNS]-(g:Group) | g {.id, .name}][0],
                       madeBy: [(step)-[:MADE_BY]->(m) | {id: m.id, name: m.name,
                                kind: CASE WHEN m:LinkWorker THEN 'LINK_WORKER' ELSE 'ORGANISER' END}][0]}) AS steps
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, MaySee.REFERRAL);

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    ReferralPaths(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    @Transactional
    ReferralPath path(String id, String accountId) {
        var path = neo4j.query(PATH).bind(id).to("id").bind(accountId).to("accountId")
                .fetchAs(ReferralPath.class).mappedBy((types, record) -> path(id, record.get("reference"),
                        record.get("steps")))
                .one().orElseThrow(() -> Referrals.notFound(id));
        long visible = path.steps().stream().filter(ReferralPath.Step::visible).count();
        audit.record(AuditKind.REFERRAL_READ, "Referral", id, "path, " + path.steps().size() + " steps, "
                + visible + " visible");
        return path;
    }

    private static ReferralPath path(String id, Value reference, Value rows) {
        var positions = new HashMap<String, Integer>();
        var all = rows.asList(row -> row);
        for (int i = 0; i < all.size(); i++) {
            positions.put(all.get(i).get("id").asString(), i + 1);
        }
        var steps = new ArrayList<ReferralPath.Step>();
        for (int i = 0; i < all.size(); i++) {
            var row = all.get(i);
            boolean visible = row.get("visible").isTrue();
            var from = GraphValues.text(row.get("from"));
            var status = GraphValues.named(ReferralStatus.class, row.get("status"));
            if (visible) {
                steps.add(new ReferralPath.Step(i + 1, true, status, GraphValues.instant(row.get("createdAt")),
                        GraphValues.instant(row.get("updatedAt")), from == null ? null : positions.get(from),
                        GraphValues.text(row.get("id")), ReferralView.Ref.of(row.get("activity")),
                        ReferralView.Ref.of(row.get("group")),
                        ReferralView.Maker.of(row.get("madeBy"))));
            }
            else {
                steps.add(new ReferralPath.Step(i + 1, false, status, GraphValues.instant(row.get("createdAt")),
                        GraphValues.instant(row.get("updatedAt")), from == null ? null : positions.get(from), null, null,
                        null, null));
            }
        }
        return new ReferralPath(id, GraphValues.text(reference), steps);
    }
}
