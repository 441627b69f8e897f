package org.hedgerow.referral;


import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a {@link SubjectAccessReport} in one statement, which also audits the export. */
@Component
class SubjectAccess {

    private static final String REPORT = """
            MATCH (p:Participant {reference: $reference}) WHERE p.personalDataErasedAt IS NULL
            WITH p ORDER BY p.id
            WITH p, COLLECT { MATCH (r:Referral)-[:OF]->(p) WITH r ORDER BY r.createdAt, r.id RETURN %s } AS referrals
            WITH collect(p {.id, .reference, .contact,
                            consent: {given: coalesce(p.consent, false), recordedBy: p.consentRecordedBy,
                                      recordedAt: p.consentRecordedAt, withdrawnAt: p.consentWithdrawnAt},
                            referrals: referrals}) AS people
            WHERE size(people) > 0
            WITH people, reduce(ids = [], person IN people | ids + person.id + [r IN person.referrals | r.id]) AS ids
            WITH people, COLLECT { MATCH (e:AuditEvent) WHERE e.subjectId IN ids
                                   RETURN e {.id, .at, .kind, .actor, .actorRole, .subjectType, .subjectId, .detail,
                                             .address} ORDER BY e.at, e.id } AS auditLines
            WITH people, auditLines, [person IN people | {kind: 'SUBJECT_ACCESS_EXPORTED', subjectType: 'Participant',
                                      subjectId: person.id, detail: 'subject access export'}] AS lines
            %s
            RETURN {reference: $reference, exportedAt: $audit.at, exportedBy: $audit.actor, participants: people,
                    auditLines: auditLines} AS report
            """.formatted(Referrals.PROJECTION, AuditTrail.LINES);

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    SubjectAccess(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    @Transactional
    SubjectAccessReport of(String reference) {
        return Rows.fetch(neo4j.query(REPORT).bind(reference).to("reference").bind(audit.stamp()).to("audit"),
                "report", SubjectAccessReport.class).one().orElseThrow(PersonalDataErasure::unknown);
    }
}
