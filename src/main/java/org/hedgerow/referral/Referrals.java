package org.hedgerow.referral;

import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading one referral, as far as the signed-in account may see it; every read is audited. */
@Component
class Referrals {

    /**
     * Referral {@code r} as a {@link ReferralView}: its keys are the view's components. Outcomes and each set of
     * wellbeing answers are null unless at least one of their parts was recorded.
     */
    static final String PROJECTION = """
            r {.id, .status, .reason, .createdAt, .personalDataErasedAt, .updatedAt, version: coalesce(r.version, 0),
               overrideCapacity: coalesce(r.overrideCapacity, false), .declineReason,
               activity: [(r)-[:TO]->(a:Activity) | a {.id, .name}][0],
               group: [(r)-[:TO]->(:Activity)<-[:RUNS]-(g:Group) | g {.id, .name}][0],
               madeBy: [(r)-[:MADE_BY]->(m) | {id: m.id, name: m.name,
                        kind: CASE WHEN m:LinkWorker THEN 'LINK_WORKER' ELSE 'ORGANISER' END}][0],
               needs: [(r)-[:FOR_NEED]->(n:Need) | n.code],
               participant: [(r)-[:OF]->(p:Participant) | p {.id, .reference, .contact,
                             consent: {given: coalesce(p.consent, false), recordedBy: p.consentRecordedBy,
                                       recordedAt: p.consentRecordedAt, withdrawnAt: p.consentWithdrawnAt}}][0],
               onwardFrom: [(r)-[:ONWARD_FROM]->(o:Referral) | o.id][0],
               events: COLLECT { MATCH (r)-[:HAD]->(e:ReferralEvent)
                                 RETURN e {.status, .at, by: e.byName, .note, .declineReason} ORDER BY e.version, e.at },
               outcomes: CASE WHEN coalesce(r.wellbeingStartSatisfied, r.wellbeingStartWorthwhile,
                                            r.wellbeingStartHappy, r.wellbeingStartAnxious,
                                            r.wellbeingEndSatisfied, r.wellbeingEndWorthwhile,
                                            r.wellbeingEndHappy, r.wellbeingEndAnxious,
                                            r.gpAppointmentsBefore, r.gpAppointmentsAfter) IS NULL THEN null
                         ELSE {wellbeingStart: CASE WHEN coalesce(r.wellbeingStartSatisfied, r.wellbeingStartWorthwhile,
                                                                  r.wellbeingStartHappy, r.wellbeingStartAnxious)
                                                         IS NULL THEN null
                                                    ELSE {satisfied: r.wellbeingStartSatisfied,
                                                          worthwhile: r.wellbeingStartWorthwhile,
                                                          happy: r.wellbeingStartHappy,
                                                          anxious: r.wellbeingStartAnxious} END,
                               wellbeingEnd: CASE WHEN coalesce(r.wellbeingEndSatisfied, r.wellbeingEndWorthwhile,
                                                                r.wellbeingEndHappy, r.wellbeingEndAnxious)
                                                       IS NULL THEN null
                                                  ELSE {satisfied: r.wellbeingEndSatisfied,
                                                        worthwhile: r.wellbeingEndWorthwhile,
                                                        happy: r.wellbeingEndHappy,
                                                        anxious: r.wellbeingEndAnxious} END,
                               gpAppointmentsBefore: r.gpAppointmentsBefore,
                               gpAppointmentsAfter: r.gpAppointmentsAfter} END}""";

    /** The referral if the account may see it, with the two audit lines of reading it and its participant. */
    private static final String ONE = """
            MATCH (r:Referral {id: $id})
            %s
            WITH r, account WHERE %s
            WITH %s AS item
            WITH item, [{kind: 'REFERRAL_READ', subjectType: 'Referral', subjectId: item.id,
                         detail: 'status ' + item.status},
                        {kind: 'PARTICIPANT_READ', subjectType: 'Participant', subjectId: item.participant.id,
                         detail: 'via referral ' + item.id}] AS lines
            %s
            RETURN item
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, PROJECTION, AuditTrail.LINES);

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    Referrals(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    /** The referral with its participant; the read is audited for both, in the statement that reads them. */
    @Transactional
    ReferralView get(String id, String accountId) {
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id").bind(accountId).to("accountId")
                        .bind(audit.stamp()).to("audit"), "item", ReferralView.class)
                .one().orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("There is no referral " + id + " that you can see.");
    }
}
