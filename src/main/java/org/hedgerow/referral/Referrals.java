package org.hedgerow.referral;

import org.hedgerow.core.GraphValues;
import java.util.Optional;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.NotFoundException;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading one referral, as far as the signed-in account may see it; every read is audited. */
@Component
class Referrals {

    static final String PROJECTION = """
            r {.id, .status, .reason, .createdAt, .updatedAt, .version, .overrideCapacity, .declineReason,
               .wellbeingStartSatisfied, .wellbeingStartWorthwhile, .wellbeingStartHappy, .wellbeingStartAnxious,
               .wellbeingEndSatisfied, .wellbeingEndWorthwhile, .wellbeingEndHappy, .wellbeingEndAnxious,
               .gpAppointmentsBefore, .gpAppointmentsAfter,
               activity: [(r)-[:TO]->(a:Activity) | a {.id, .name}][0],
               group: [(r)-[:TO]->(:Activity)<-[:RUNS]-(g:Group) | g {.id, .name}][0],
               madeBy: [(r)-[:MADE_BY]->(m) | {id: m.id, name: m.name,
                        kind: CASE WHEN m:LinkWorker THEN 'LINK_WORKER' ELSE 'ORGANISER' END}][0],
               needs: [(r)-[:FOR_NEED]->(n:Need) | n.code],
               participant: [(r)-[:OF]->(p:Participant) | p {.id, .reference, .contact, .consent, .consentRecordedBy,
                             .consentRecordedAt}][0],
               onwardFrom: [(r)-[:ONWARD_FROM]->(o:Referral) | o.id][0],
               events: COLLECT { MATCH (r)-[:HAD]->(e:ReferralEvent)
                                 RETURN e {.status, .at, .byName, .note, .declineReason} ORDER BY e.version, e.at }}""";

    private static final String ONE = """
            MATCH (r:Referral {id: $id})
            %s
            WITH r, account WHERE %s
            RETURN %s AS item
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, PROJECTION);

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    Referrals(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    /** The referral with its participant; the read is audited for both before it is returned. */
    @Transactional
    ReferralView get(String id, String accountId) {
        var referral = find(id, accountId).orElseThrow(() -> notFound(id));
        audit.record(AuditKind.REFERRAL_READ, "Referral", id, "status " + referral.status());
        audit.record(AuditKind.PARTICIPANT_READ, "Participant", referral.participant().id(), "via referral " + id);
        return referral;
    }

    /** As {@link #get}, for a change about to be made, without recording a read. */
    Optional<ReferralView> find(String id, String accountId) {
        return neo4j.query(ONE).bind(id).to("id").bind(accountId).to("accountId")
                .fetchAs(ReferralView.class).mappedBy((types, record) -> view(record.get("item"))).one();
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("There is no referral " + id + " that you can see.");
    }

    static ReferralView view(Value r) {
        var p = r.get("participant");
        var participant = p.isNull() ? null : new ReferralView.Participant(GraphValues.text(p.get("id")),
                GraphValues.text(p.get("reference")), GraphValues.text(p.get("contact")),
                new ReferralView.Consent(p.get("consent").isTrue(), GraphValues.text(p.get("consentRecordedBy")),
                        GraphValues.instant(p.get("consentRecordedAt"))));
        return new ReferralView(GraphValues.text(r.get("id")), GraphValues.named(ReferralStatus.class, r.get("status")),
                GraphValues.text(r.get("reason")), GraphValues.instant(r.get("createdAt")), GraphValues.instant(r.get("updatedAt")),
                r.get("version").isNull() ? 0 : r.get("version").asLong(), r.get("overrideCapacity").isTrue(),
                GraphValues.named(DeclineReason.class, r.get("declineReason")), ReferralView.Ref.of(r.get("activity")),
                ReferralView.Ref.of(r.get("group")),
                ReferralView.Maker.of(r.get("madeBy")),
                GraphValues.texts(r.get("needs")), participant, GraphValues.text(r.get("onwardFrom")),
                r.get("events").asList(e -> new ReferralView.Event(GraphValues.named(ReferralStatus.class, e.get("status")),
                        GraphValues.instant(e.get("at")), GraphValues.text(e.get("byName")), GraphValues.text(e.get("note")),
                        GraphValues.named(DeclineReason.class, e.get("declineReason")))),
                outcomes(r));
    }

    private static Outcomes outcomes(Value r) {
        var start = wellbeing(r, "wellbeingStart");
        var end = wellbeing(r, "wellbeingEnd");
        var before = GraphValues.integer(r.get("gpAppointmentsBefore"));
        var after = GraphValues.integer(r.get("gpAppointmentsAfter"));
        return start == null && end == null && before == null && after == null ? null
                : new Outcomes(start, end, before, after);
    }

    private static Outcomes.Wellbeing wellbeing(Value r, String prefix) {
        var w = new Outcomes.Wellbeing(GraphValues.integer(r.get(prefix + "Satisfied")),
                GraphValues.integer(r.get(prefix + "Worthwhile")), GraphValues.integer(r.get(prefix + "Happy")),
                GraphValues.integer(r.get(prefix + "Anxious")));
        return w.satisfied() == null && w.worthwhile() == null && w.happy() == null && w.anxious() == null ? null : w;
    }
}
