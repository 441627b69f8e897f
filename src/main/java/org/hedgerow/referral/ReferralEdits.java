package org.hedgerow.referral;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making referrals and moving them on. Each write is one statement that decides who may (from the account's
 * place on the referral), takes the referral's write lock, checks the version and the status the aggregate
 * allowed the move from, and writes the change with its {@code ReferralEvent}; it is audited in the same
 * transaction and announced after commit.
 */
@Component
class ReferralEdits {

    static final String CREATE = """
            %s
            OPTIONAL MATCH (account)-[:ACTS_AS]->(worker:LinkWorker) WHERE account.role = 'LINK_WORKER'
            OPTIONAL MATCH (a:Activity {id: $activity})
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            WITH account, worker, a, g, [code IN $needs WHERE NOT EXISTS { (:Need {code: code}) }] AS unknownNeeds
            WITH account, worker, a, g, unknownNeeds,
                 worker IS NOT NULL AND a IS NOT NULL AND coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND size(unknownNeeds) = 0
                 AS mayCreate
            CALL (account, worker, a, mayCreate) {
                WITH account, worker, a WHERE mayCreate
                CREATE (p:Participant {id: randomUUID(), reference: $reference, contact: $contact, consent: true,
                                       consentRecordedBy: $consentRecordedBy, consentRecordedAt: $consentRecordedAt})
                CREATE (r:Referral {id: randomUUID(), status: 'SENT', reason: $reason, createdAt: $now, updatedAt: $now,
                                    version: 0, overrideCapacity: false})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(worker), (r)-[:TO]->(a)
                CREATE (r)-[:HAD]->(:ReferralEvent {status: 'SENT', at: $now, by: account.id, byName: worker.name,
                                                    version: 0})
                WITH r, p
                CALL (r) { UNWIND $needs AS code MATCH (n:Need {code: code}) MERGE (r)-[:FOR_NEED]->(n) }
                RETURN head(collect(r.id)) AS id, head(collect(p.id)) AS participantId
            }
            RETURN worker IS NOT NULL AS mayRefer, a IS NOT NULL AS activityFound, a.status AS activityStatus,
                   g.id AS groupId, unknownNeeds, id, participantId
            """.formatted(MaySee.ACCOUNT);

    private static final String CHANGE = """
            %s
            OPTIONAL MATCH (r:Referral {id: $id})
            OPTIONAL MATCH (r)-[:TO]->(a:Activity)
            WITH account, r, a,
                 r IS NOT NULL AND %s AS visible,
                 r IS NOT NULL AND CASE $party WHEN 'RECEIVER' THEN %s WHEN 'REFERRER' THEN %s ELSE false END AS mayChange
            CALL (account, r, a, mayChange) {
                WITH account, r, a WHERE mayChange
                SET r._lock = true
                REMOVE r._lock
                WITH account, r, a WHERE r.version = $version AND r.status = $from
                WITH account, r, a, $to IN ['DECLINED', 'WITHDRAWN'] AND coalesce(r.holdsSpace, false) AS returnsSpace
                CALL (a, returnsSpace) { WITH a WHERE $to = 'ACCEPTED' OR returnsSpace SET a._lock = true REMOVE a._lock }
                WITH account, r, a, returnsSpace, $to = 'ACCEPTED' AND a.spacesLeft IS NOT NULL AND a.spacesLeft <= 0
                                    AND NOT $overrideCapacity AS full,
                     $to = 'ACCEPTED' AND a.spacesLeft > 0 AS takesSpace
                CALL (account, r, a, full, takesSpace, returnsSpace) {
                    WITH account, r, a WHERE NOT full
                    SET r += $outcomes, r.status = $to, r.updatedAt = $now, r.version = r.version + 1,
                        r.declineReason = CASE WHEN $to = 'DECLINED' THEN $declineReason ELSE r.declineReason END,
                        r.overrideCapacity = CASE WHEN $to = 'ACCEPTED' THEN $overrideCapacity ELSE r.overrideCapacity END
                    CREATE (r)-[:HAD]->(:ReferralEvent {status: $to, at: $now, by: account.id, note: $note,
                            declineReason: $declineReason, version: r.version,
                            byName: coalesce([(account)-[:ACTS_AS]->(x) | x.name][0], account.displayName)})
                    WITH r, a, takesSpace, returnsSpace
                    CALL (r, a, takesSpace) {
                        WITH r, a WHERE takesSpace
                        SET a.spacesLeft = a.spacesLeft - 1, a.version = coalesce(a.version, 0) + 1, a.changedAt = $now,
                            r.holdsSpace = true
                    }
                    CALL (r, a, returnsSpace) {
                        WITH r, a WHERE returnsSpace
                        SET a.spacesLeft = CASE WHEN a.capacity IS NOT NULL AND a.spacesLeft >= a.capacity
                                                THEN a.capacity ELSE a.spacesLeft + 1 END,
                            a.version = coalesce(a.version, 0) + 1, a.changedAt = $now
                        REMOVE r.holdsSpace
                    }
                }
                RETURN count(*) AS current, sum(CASE WHEN full THEN 1 ELSE 0 END) AS fullCount,
                       sum(CASE WHEN takesSpace AND NOT full THEN 1 ELSE 0 END) AS spacesTaken,
                       sum(CASE WHEN returnsSpace THEN 1 ELSE 0 END) AS spacesReturned
            }
            RETURN visible, mayChange, current > 0 AND fullCount = 0 AS changed, fullCount > 0 AS full,
                   spacesTaken > 0 AS tookSpace, spacesReturned > 0 AND a.spacesLeft IS NOT NULL AS returnedSpace,
                   r.version AS version, a.spacesLeft AS spacesLeft, a.version AS activityVersion
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, MaySee.RECEIVER, MaySee.REFERRER);

    private static final String ONWARD = """
            %s
            OPTIONAL MATCH (r:Referral {id: $id})
            OPTIONAL MATCH (r)-[:OF]->(p:Participant)
            OPTIONAL MATCH (a:Activity {id: $activity})
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            WITH account, r, p, a, g,
                 r IS NOT NULL AND %s AS visible,
                 [(account)-[:ACTS_AS]->(o:Organiser)-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity)<-[:TO]-(r)
                  WHERE account.role = 'PROVIDER' | o][0] AS me,
                 [code IN $needs WHERE NOT EXISTS { (:Need {code: code}) }] AS unknownNeeds
            WITH account, r, p, a, g, visible, me, unknownNeeds,
                 me IS NOT NULL AND a IS NOT NULL AND coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND size(unknownNeeds) = 0
                 AND r.status <> 'WITHDRAWN' AND p IS NOT NULL AND p.consent AS mayCreate
            CALL (account, r, p, a, me, mayCreate) {
                WITH account, r, p, a, me WHERE mayCreate
                CREATE (n:Referral {id: randomUUID(), status: 'SENT', reason: $reason, createdAt: $now, updatedAt: $now,
                                    version: 0, overrideCapacity: false, consentCarriedFrom: r.id})
                CREATE (n)-[:OF]->(p), (n)-[:MADE_BY]->(me), (n)-[:TO]->(a), (n)-[:ONWARD_FROM]->(r)
                CREATE (n)-[:HAD]->(:ReferralEvent {status: 'SENT', at: $now, by: account.id, byName: me.name, version: 0,
                        note: 'Consent carried over from referral ' + r.id + ' (given, recorded by '
                              + p.consentRecordedBy + ' on ' + toString(date(p.consentRecordedAt)) + ')'
                              + coalesce('. ' + $note, '')})
                WITH n
                CALL (n) { UNWIND $needs AS code MATCH (need:Need {code: code}) MERGE (n)-[:FOR_NEED]->(need) }
                RETURN head(collect(n.id)) AS id
            }
            RETURN visible, me IS NOT NULL AS mayRefer, a IS NOT NULL AS activityFound, a.status AS activityStatus,
                   r.status AS status, g.id AS groupId, unknownNeeds, p.id AS participantId, id
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL);

    private final Neo4jClient neo4j;
    private final Referrals referrals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralEdits(Neo4jClient neo4j, Referrals referrals, AuditTrail audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.neo4j = neo4j;
        this.referrals = referrals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ReferralView create(String accountId, NewReferral referral) {
        var participant = referral.participant();
        var needs = referral.needs().stream().distinct().toList();
        var row = neo4j.query(CREATE)
                .bind(accountId).to("accountId").bind(referral.activity()).to("activity").bind(needs).to("needs")
                .bind(referral.reason()).to("reason").bind(participant.reference()).to("reference")
                .bind(participant.contact()).to("contact")
                .bind(participant.consent().recordedBy()).to("consentRecordedBy")
                .bind(participant.consent().recordedAt().atZone(ZoneOffset.UTC)).to("consentRecordedAt")
                .bind(now()).to("now")
                .fetch().one().orElseThrow();
        if (!Boolean.TRUE.equals(row.get("mayRefer"))) {
            throw new ForbiddenException("Only a link worker acting for their PCN may make a referral.");
        }
        requireKnown(row, referral.activity());
        if (row.get("id") == null) {
            throw new ConflictException("The activity " + referral.activity() + " is " + row.get("activityStatus")
                    + " and takes no referrals; choose another.");
        }
        var id = (String) row.get("id");
        audit.record(AuditKind.REFERRAL_CHANGED, "Referral", id, "made, status SENT");
        audit.record(AuditKind.PARTICIPANT_CHANGED, "Participant", (String) row.get("participantId"),
                "recorded with consent for referral " + id);
        events.publishEvent(new ReferralMade(id, referral.activity(), (String) row.get("groupId"), ReferralStatus.SENT));
        return referrals.find(id, accountId).orElseThrow();
    }

    @Transactional
    ReferralView changeStatus(String id, String accountId, StatusRequest request, Long ifMatch) {
        var version = request.version() != null ? request.version() : ifMatch;
        if (version == null) {
            throw new InvalidRequestException("version", "must be the version you saw (or send it as If-Match)");
        }
        var current = referrals.find(id, accountId).orElseThrow(() -> Referrals.notFound(id));
        var change = new Referral(id, current.status(), current.version()).moveTo(request.status(), request.note(),
                request.declineReason(), Boolean.TRUE.equals(request.overrideCapacity()), request.outcomes());
        var row = neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(version).to("version")
                .bind(change.party().name()).to("party").bind(change.from().name()).to("from")
                .bind(change.to().name()).to("to").bind(change.note()).to("note")
                .bind(change.declineReason() == null ? null : change.declineReason().name()).to("declineReason")
                .bind(change.overrideCapacity()).to("overrideCapacity").bind(change.outcomeProperties()).to("outcomes")
                .bind(now()).to("now")
                .fetch().one().orElseThrow();
        if (!Boolean.TRUE.equals(row.get("visible"))) {
            throw Referrals.notFound(id);
        }
        if (!Boolean.TRUE.equals(row.get("mayChange"))) {
            throw new ForbiddenException(change.party() == Party.REFERRER
                    ? "Only whoever made this referral may withdraw it."
                    : "Only the organisers of the group this referral is to may mark it " + change.to() + ".");
        }
        if (Boolean.TRUE.equals(row.get("full"))) {
            throw new ConflictException("The activity has no spaces left. To accept anyway, send "
                    + "\"overrideCapacity\": true; or decline with reason FULL.");
        }
        if (!Boolean.TRUE.equals(row.get("changed"))) {
            throw new ConflictException("The referral was changed by someone else since version " + version
                    + "; reload it and try again.");
        }
        audit.record(AuditKind.REFERRAL_CHANGED, "Referral", id, change.from() + " -> " + change.to());
        var activityId = current.activity().id();
        var groupId = current.group() == null ? null : current.group().id();
        events.publishEvent(new ReferralStatusChanged(id, activityId, groupId, change.from(), change.to(),
                ((Number) row.get("version")).longValue()));
        if (Boolean.TRUE.equals(row.get("tookSpace"))) {
            events.publishEvent(new SpaceTaken(activityId, groupId, ((Number) row.get("spacesLeft")).intValue(),
                    ((Number) row.get("activityVersion")).longValue()));
        }
        if (Boolean.TRUE.equals(row.get("returnedSpace"))) {
            events.publishEvent(new SpaceReturned(activityId, groupId, ((Number) row.get("spacesLeft")).intValue(),
                    ((Number) row.get("activityVersion")).longValue()));
        }
        return referrals.find(id, accountId).orElseThrow();
    }

    /** An organiser of the receiving group refers the same person on; their consent carries over. */
    @Transactional
    ReferralView onward(String id, String accountId, OnwardReferral onward) {
        var needs = onward.needs().stream().distinct().toList();
        var row = neo4j.query(ONWARD)
                .bind(id).to("id").bind(accountId).to("accountId").bind(onward.activity()).to("activity")
                .bind(needs).to("needs").bind(onward.reason()).to("reason").bind(onward.note()).to("note")
                .bind(now()).to("now")
                .fetch().one().orElseThrow();
        if (!Boolean.TRUE.equals(row.get("visible"))) {
            throw Referrals.notFound(id);
        }
        if (!Boolean.TRUE.equals(row.get("mayRefer"))) {
            throw new ForbiddenException("Only the organisers of the group this referral is to may refer the person on.");
        }
        requireKnown(row, onward.activity());
        if (row.get("id") == null) {
            throw new ConflictException("WITHDRAWN".equals(row.get("status"))
                    ? "This referral was withdrawn; the person cannot be referred on from it."
                    : "The activity " + onward.activity() + " is " + row.get("activityStatus")
                      + " and takes no referrals; choose another.");
        }
        var newId = (String) row.get("id");
        audit.record(AuditKind.REFERRAL_CHANGED, "Referral", newId, "made onward from " + id + ", status SENT");
        audit.record(AuditKind.PARTICIPANT_CHANGED, "Participant", (String) row.get("participantId"),
                "consent carried over to referral " + newId);
        events.publishEvent(new ReferralMade(newId, onward.activity(), (String) row.get("groupId"),
                ReferralStatus.SENT));
        return referrals.find(newId, accountId).orElseThrow();
    }

    /** A 400 naming the activity or the need codes the statement did not find ({@code activityFound}, {@code unknownNeeds}). */
    private static void requireKnown(Map<String, Object> row, String activity) {
        var errors = new LinkedHashMap<String, String>();
        if (!Boolean.TRUE.equals(row.get("activityFound"))) {
            errors.put("activity", "is not an activity we know: " + activity);
        }
        if (!((List<?>) row.get("unknownNeeds")).isEmpty()) {
            errors.put("needs", "has codes we do not know: " + row.get("unknownNeeds"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(ZoneOffset.UTC);
    }
}
