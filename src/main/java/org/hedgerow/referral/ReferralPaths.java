package org.hedgerow.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of onward referrals around one referral, in one statement: back along {@code ONWARD_FROM} to the
 * origin, then every referral made onward from it, each step marked with whether the viewer may see it. The same
 * statement writes the read's audit line ({@link AuditTrail#LINES}), only when the referral was found and the viewer
 * may see it: the line commits with the read, before the answer, and costs no round trip of its own.
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
            WITH asked, collect(step {.id, .status, .createdAt, .updatedAt, visible: visible,
                       from: [(step)-[:ONWARD_FROM]->(o:Referral) | o.id][0],
                       activity: [(step)-[:TO]->(a:Activity) | a {.id, .name}][0],
                       group: [(step)-[:TO]->(:Activity)<-[:RUNS]-(g:Group) | g {.id, .name}][0],
                       madeBy: [(step)-[:MADE_BY]->(m) | {id: m.id, name: m.name,
                                kind: CASE WHEN m:LinkWorker THEN 'LINK_WORKER' ELSE 'ORGANISER' END}][0]}) AS steps
            WITH asked, steps, [{kind: 'REFERRAL_READ', subjectType: 'Referral', subjectId: asked.id,
                                 detail: 'path, ' + size(steps) + ' steps, ' + size([s IN steps WHERE s.visible])
                                         + ' visible'}] AS lines
            %s
            RETURN [(asked)-[:OF]->(p:Participant) | p.reference][0] AS participantReference, steps
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, MaySee.REFERRAL, AuditTrail.LINES);

    /** What {@link #PATH} returns: the steps in order, each pointing at the one it was made from by id. */
    record Found(String participantReference, List<FoundStep> steps) {
    }

    /** A step as found; {@code from} is the id of the step it was made onward from. */
    record FoundStep(String id, ReferralStatus status, Instant createdAt, Instant updatedAt, boolean visible,
                     String from, ReferralView.Ref activity, ReferralView.Ref group, ReferralView.Maker madeBy) {
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    ReferralPaths(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    @Transactional
    ReferralPath path(String id, String accountId) {
        return Rows.fetch(neo4j.query(PATH).bind(id).to("id").bind(accountId).to("accountId")
                        .bind(audit.stamp()).to("audit"), Found.class)
                .one().map(found -> path(id, found)).orElseThrow(() -> Referrals.notFound(id));
    }

    /** Numbers the steps from 1 and shows of a step the viewer may not see only its position, status and dates. */
    private static ReferralPath path(String id, Found found) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < found.steps().size(); i++) {
            positions.put(found.steps().get(i).id(), i + 1);
        }
        var steps = new ArrayList<ReferralPath.Step>();
        for (int i = 0; i < found.steps().size(); i++) {
            var step = found.steps().get(i);
            var from = step.from() == null ? null : positions.get(step.from());
            steps.add(step.visible()
                    ? new ReferralPath.Step(i + 1, true, step.status(), step.createdAt(), step.updatedAt(), from,
                            step.id(), step.activity(), step.group(), step.madeBy())
                    : new ReferralPath.Step(i + 1, false, step.status(), step.createdAt(), step.updatedAt(), from,
                            null, null, null, null));
        }
        return new ReferralPath(id, found.participantReference(), steps);
    }
}
