package org.hedgerow.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Rows;
import org.hedgerow.activities.ActivitySpaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making referrals and moving them on, each in one statement and nothing else: it decides who may (from the
 * account's place on the referral), takes the referral's write lock, checks the version and the statuses the
 * aggregate allows the move from, writes the change with its {@code ReferralEvent} and its audit lines
 * ({@link AuditTrail#LINES}), takes or gives back the activity's space through the activity listing's own
 * fragments ({@link ActivitySpaces}), and returns the view the API answers with. {@link Referral} answers a
 * refusal from what the statement found; the change is announced after commit.
 *
 * <p>A new referral's relationships are made with {@code CREATE}, never {@code MERGE} (it is new, its needs are
 * distinct): a relationship {@code MERGE} that creates locks both its nodes exclusively until commit, and every
 * referral for a need would wait on the need for every other being made at that moment; a {@code CREATE} holds only
 * shared locks on them until commit ({@code ReferralLocksTests}).
 */
@Component
class ReferralEdits {

    /** The codes of every need, read only when a referral names one we do not know, so the refusal can list them. */
    private static final String KNOWN_NEEDS =
            "CASE WHEN size(unknownNeeds) > 0 THEN COLLECT { MATCH (n:Need) RETURN n.code ORDER BY n.code } END";

    static final String CREATE = """
            %s
            OPTIONAL MATCH (account)-[:ACTS_AS]->(worker:LinkWorker) WHERE account.role = 'LINK_WORKER'
            OPTIONAL MATCH (a:Activity {id: $activity})
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            WITH account, worker, a, g, [code IN $needs WHERE NOT EXISTS { (:Need {code: code}) }] AS unknownNeeds,
                 COLLECT { MATCH (w:Participant {referenceHash: $referenceHash})
                           WHERE w.consentWithdrawnAt >= $consentRecordedAt
                           RETURN w.consentWithdrawnAt AS at ORDER BY at DESC LIMIT 1 }[0] AS consentWithdrawnAt
            WITH account, worker, a, g, unknownNeeds, consentWithdrawnAt,
                 worker IS NOT NULL AND a IS NOT NULL AND coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND size(unknownNeeds) = 0
                 AND coalesce(a.wayIn, '') <> 'SIGNPOSTING_ONLY' AND consentWithdrawnAt IS NULL AS mayCreate
            CALL (account, worker, a, mayCreate) {
                WITH account, worker, a WHERE mayCreate
                CREATE (p:Participant {id: randomUUID(), reference: $reference, contact: $contact, consent: true,
                                       consentRecordedBy: $consentRecordedBy, consentRecordedAt: $consentRecordedAt})
                CREATE (r:Referral {id: randomUUID(), status: $status, reason: $reason, createdAt: $now, updatedAt: $now,
                                    version: 0, overrideCapacity: false, tallyStripe: %s})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(worker), (r)-[:TO]->(a)
                CREATE (r)-[:HAD]->(:ReferralEvent {status: $status, at: $now, by: account.id, byName: worker.name,
                                                    version: 0})
                WITH r, p
                CALL (r) { UNWIND $needs AS code MATCH (n:Need {code: code}) CREATE (r)-[:FOR_NEED]->(n) }
                WITH r, p, 1 AS referrals, 0 AS declinedFull
                %s
                WITH r, [{kind: 'REFERRAL_CHANGED', subjectType: 'Referral', subjectId: r.id,
                          detail: 'made, status ' + $status},
                         {kind: 'PARTICIPANT_CHANGED', subjectType: 'Participant', subjectId: p.id,
                          detail: 'recorded with consent for referral ' + r.id}] AS lines
                %s
                RETURN head(collect(r)) AS r
            }
            RETURN false AS onward, true AS visible, worker IS NOT NULL AS mayRefer, a IS NOT NULL AS activityFound,
                   a.status AS activityStatus, a.wayIn AS activityWayIn, unknownNeeds, %s AS knownNeeds, g.id AS groupId,
                   consentWithdrawnAt, false AS participantErased, CASE WHEN r IS NOT NULL THEN %s END AS referral
            """.formatted(MaySee.ACCOUNT, ReferralTallies.NEW_STRIPE, ReferralTallies.add("r").indent(4), AuditTrail.LINES,
            KNOWN_NEEDS, Referrals.PROJECTION);

    /**
     * The version and status are read after taking the referral's write lock, in the subquery that takes it (where
     * the write makes Cypher read them afresh), so of two moves from one version exactly one is made.
     */
    static final String CHANGE = """
            %s
            OPTIONAL MATCH (r:Referral {id: $id})
            OPTIONAL MATCH (r)-[:TO]->(a:Activity)
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            WITH account, r, a, g,
                 r IS NOT NULL AND %s AS visible,
                 [party IN ['RECEIVER', 'REFERRER'] WHERE r IS NOT NULL
                      AND CASE party WHEN 'RECEIVER' THEN %s ELSE %s END] AS parties
            WITH account, r, a, g, visible, parties, $party IN parties AS mayChange
            CALL (account, r, a, mayChange) {
                WITH account, r, a WHERE mayChange
                SET r._lock = true
                REMOVE r._lock
                WITH account, r, a, r.status AS before, coalesce(r.version, 0) AS seen
                CALL (account, r, a, before, seen) {
                    WITH account, r, a, before WHERE seen = $version AND before IN $from
                         AND r.personalDataErasedAt IS NULL
                    WITH account, r, a, before,
                         $to IN ['DECLINED', 'WITHDRAWN'] AND coalesce(r.holdsSpace, false) AS givesSpaceBack
                    WITH account, r, a, before, givesSpaceBack, $to = 'ACCEPTED' OR givesSpaceBack AS locks
                    %s
                    WITH account, r, a, before, givesSpaceBack,
                         $to = 'ACCEPTED' AND a.spacesLeft IS NOT NULL AND a.spacesLeft <= 0 AND NOT $overrideCapacity
                         AS full,
                         $to = 'ACCEPTED' AND a.spacesLeft > 0 AS takesSpace
                    CALL (account, r, a, before, full, takesSpace, givesSpaceBack) {
                        WITH account, r, a, before, takesSpace, givesSpaceBack WHERE NOT full
                        WITH account, r, a, before, takesSpace, givesSpaceBack, %s AS wasDeclinedFull
                        SET r += $outcomes, r.status = $to, r.updatedAt = $now, r.version = r.version + 1,
                            r.declineReason = CASE WHEN $to = 'DECLINED' THEN $optional.declineReason ELSE r.declineReason END,
                            r.overrideCapacity = CASE WHEN $to = 'ACCEPTED' THEN $overrideCapacity
                                                      ELSE r.overrideCapacity END,
                            r.holdsSpace = CASE WHEN takesSpace THEN true WHEN givesSpaceBack THEN null
                                                ELSE r.holdsSpace END
                        CREATE (r)-[:HAD]->(:ReferralEvent {status: $to, at: $now, by: account.id, note: $optional.note,
                                declineReason: $optional.declineReason, version: r.version,
                                byName: coalesce([(account)-[:ACTS_AS]->(x) | x.name][0], account.displayName)})
                        WITH r, a, before, takesSpace, givesSpaceBack, 0 AS referrals,
                             %s - wasDeclinedFull AS declinedFull
                        %s
                        WITH r, a, before, takesSpace, givesSpaceBack
                        %s
                        %s
                        WITH r, [{kind: 'REFERRAL_CHANGED', subjectType: 'Referral', subjectId: r.id,
                                  detail: before + ' -> ' + $to}] AS lines
                        %s
                    }
                    RETURN count(*) AS moved, sum(CASE WHEN full THEN 1 ELSE 0 END) AS fullCount,
                           sum(CASE WHEN takesSpace AND NOT full THEN 1 ELSE 0 END) AS spacesTaken,
                           sum(CASE WHEN givesSpaceBack THEN 1 ELSE 0 END) AS spacesReturned
                }
                RETURN head(collect(before)) AS lockedStatus, head(collect(seen)) AS lockedVersion,
                       sum(moved) AS moved, sum(fullCount) AS fullCount, sum(spacesTaken) AS spacesTaken,
                       sum(spacesReturned) AS spacesReturned
            }
            WITH r, a, g, visible, parties, mayChange, coalesce(lockedStatus, r.status) AS before,
                 coalesce(lockedVersion, r.version, 0) AS seen, moved > 0 AND fullCount = 0 AS changed,
                 fullCount > 0 AS full, spacesTaken > 0 AS tookSpace,
                 spacesReturned > 0 AND a.spacesLeft IS NOT NULL AS returnedSpace
            RETURN visible, parties, mayChange, before AS status, seen AS version, changed, full, tookSpace, returnedSpace,
                   r.personalDataErasedAt AS personalDataErasedAt,
                   a.id AS activityId, g.id AS groupId, a.spacesLeft AS spacesLeft, a.version AS activityVersion,
                   CASE WHEN changed THEN %s END AS referral
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, MaySee.RECEIVER, MaySee.REFERRER, ActivitySpaces.LOCK,
            ReferralTallies.DECLINED_FULL, ReferralTallies.DECLINED_FULL, ReferralTallies.add("r").indent(16),
            ActivitySpaces.TAKE, ActivitySpaces.GIVE_BACK, AuditTrail.LINES, Referrals.PROJECTION);

    static final String ONWARD = """
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
                 AND coalesce(a.wayIn, '') <> 'SIGNPOSTING_ONLY'
                 AND r.status <> 'WITHDRAWN' AND p IS NOT NULL AND p.consent AND p.personalDataErasedAt IS NULL
                 AS mayCreate
            CALL (account, r, p, a, me, mayCreate) {
                WITH account, r, p, a, me WHERE mayCreate
                CREATE (n:Referral {id: randomUUID(), status: $status, reason: $reason, createdAt: $now, updatedAt: $now,
                                    version: 0, overrideCapacity: false, consentCarriedFrom: r.id, tallyStripe: %s})
                CREATE (n)-[:OF]->(p), (n)-[:MADE_BY]->(me), (n)-[:TO]->(a), (n)-[:ONWARD_FROM]->(r)
                CREATE (n)-[:HAD]->(:ReferralEvent {status: $status, at: $now, by: account.id, byName: me.name, version: 0,
                        note: 'Consent carried over from referral ' + r.id + ' (given, recorded by '
                              + p.consentRecordedBy + ' on '
                              + toString(%s) + ')'
                              + coalesce('. ' + $optional.note, '')})
                WITH r, p, n
                CALL (n) { UNWIND $needs AS code MATCH (need:Need {code: code}) CREATE (n)-[:FOR_NEED]->(need) }
                WITH r, p, n, 1 AS referrals, 0 AS declinedFull
                %s
                WITH n, [{kind: 'REFERRAL_CHANGED', subjectType: 'Referral', subjectId: n.id,
                          detail: 'made onward from ' + r.id + ', status ' + $status},
                         {kind: 'PARTICIPANT_CHANGED', subjectType: 'Participant', subjectId: p.id,
                          detail: 'consent carried over to referral ' + n.id}] AS lines
                %s
                RETURN head(collect(n)) AS made
            }
            WITH a, g, visible, me, unknownNeeds, r.status AS onwardFrom, made AS r,
                 p.personalDataErasedAt IS NOT NULL AS participantErased
            RETURN true AS onward, visible, me IS NOT NULL AS mayRefer, a IS NOT NULL AS activityFound,
                   a.status AS activityStatus, a.wayIn AS activityWayIn, unknownNeeds, %s AS knownNeeds, onwardFrom, g.id AS groupId,
                   null AS consentWithdrawnAt, coalesce(participantErased, false) AS participantErased,
                   CASE WHEN r IS NOT NULL THEN %s END AS referral
            """.formatted(MaySee.ACCOUNT, MaySee.REFERRAL, ReferralTallies.NEW_STRIPE,
            NetworkZone.cypherDayOf("p.consentRecordedAt"), ReferralTallies.add("n").indent(4),
            AuditTrail.LINES, KNOWN_NEEDS, Referrals.PROJECTION);

    /** What the status change statement returns: what it found, what it did, and the referral if it changed it. */
    record Changed(boolean visible, List<Party> parties, boolean mayChange, ReferralStatus status, long version, boolean changed,
                   boolean full, boolean tookSpace, boolean returnedSpace, String activityId, String groupId,
                   Integer spacesLeft, Long activityVersion, ReferralView referral, Instant personalDataErasedAt) {
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralEdits(Neo4jClient neo4j, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ReferralView create(String accountId, NewReferral referral) {
        var made = create(accountId, referral, now(), audit.stamp());
        var view = made.referral();
        events.publishEvent(new ReferralMade(view.id(), referral.activity(), made.groupId(), view.status()));
        return view;
    }

    /** Makes the referral at {@code now}, audited with {@code stamp}, or refuses as {@link Referral#made} does; announces nothing. */
    Referral.Made create(String accountId, NewReferral referral, ZonedDateTime now, Map<String, Object> stamp) {
        var participant = referral.participant();
        var needs = referral.needs().stream().distinct().toList();
        var made = Rows.fetch(neo4j.query(CREATE)
                .bind(accountId).to("accountId").bind(referral.activity()).to("activity").bind(needs).to("needs")
                .bind(referral.reason()).to("reason").bind(participant.reference()).to("reference")
                .bind(participant.contact()).to("contact")
                .bind(participant.consent().recordedBy()).to("consentRecordedBy")
                .bind(participant.consent().recordedAt().atZone(ZoneOffset.UTC)).to("consentRecordedAt")
                .bind(PersonalDataErasure.digest(participant.reference())).to("referenceHash")
                .bind(Referral.FIRST.name()).to("status").bind(now).to("now").bind(stamp).to("audit"),
                Referral.Made.class).one().orElseThrow();
        Referral.made(made, referral.activity());
        return made;
    }

    @Transactional
    ReferralView changeStatus(String id, String accountId, StatusRequest request, Long ifMatch) {
        var row = changeStatus(id, accountId, request, ifMatch, now(), audit.stamp());
        events.publishEvent(new ReferralStatusChanged(id, row.activityId(), row.groupId(), row.status(),
                request.status(), row.referral().version(), true));
        if (row.tookSpace()) {
            events.publishEvent(new SpaceTaken(row.activityId(), row.groupId(), row.spacesLeft(),
                    row.activityVersion()));
        }
        if (row.returnedSpace()) {
            events.publishEvent(new SpaceReturned(row.activityId(), row.groupId(), row.spacesLeft(),
                    row.activityVersion()));
        }
        return row.referral();
    }

    /** Makes the move at {@code now}, audited with {@code stamp}, or refuses it; announces nothing. */
    Changed changeStatus(String id, String accountId, StatusRequest request, Long ifMatch, ZonedDateTime now,
                         Map<String, Object> stamp) {
        var version = request.version() != null ? request.version() : ifMatch;
        if (version == null) {
            throw new InvalidRequestException("version", "must be the version you saw (or send it as If-Match)");
        }
        var to = request.status();
        var misplaced = new LinkedHashMap<String, String>();
        if (request.outcomes() != null && to != ReferralStatus.COMPLETED) {
            misplaced.put("outcomes", "only with COMPLETED");
        }
        if (request.declineReason() != null && to != ReferralStatus.DECLINED) {
            misplaced.put("declineReason", "only with DECLINED");
        }
        if (Boolean.TRUE.equals(request.overrideCapacity()) && to != ReferralStatus.ACCEPTED) {
            misplaced.put("overrideCapacity", "only with ACCEPTED");
        }
        if (!misplaced.isEmpty()) {
            throw new InvalidRequestException(misplaced);
        }
        boolean overrideCapacity = Boolean.TRUE.equals(request.overrideCapacity());
        var from = Referral.movableFrom(to, request.declineReason(), request.note()).stream().map(Enum::name).toList();
        var outcomes = request.outcomes() == null ? Map.<String, Object>of() : request.outcomes().properties();
        var row = Rows.fetch(neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(version).to("version")
                .bind(to.madeBy().name()).to("party").bind(from).to("from").bind(to.name()).to("to")
                .bind(optional("note", request.note(), "declineReason",
                        request.declineReason() == null ? null : request.declineReason().name())).to("optional")
                .bind(overrideCapacity).to("overrideCapacity").bind(outcomes).to("outcomes")
                .bind(now).to("now").bind(stamp).to("audit"), Changed.class)
                .one().orElseThrow();
        if (!row.visible()) {
            throw Referrals.notFound(id);
        }
        if (row.personalDataErasedAt() != null) {
            throw PersonalDataRefusal.erased();
        }
        if (row.version() != version) {
            throw new ConflictException("The referral was changed by someone else since version " + version
                    + "; reload it and try again.");
        }
        // The aggregate's answer for the referral as the statement found it: a 409 for a move its status does not
        // allow, a 400 for an incomplete decline; the statement made the move only where this passes.
        StatusChange change;
        try {
            change = new Referral(id, row.status(), row.version()).moveTo(request.status(), request.note(),
                    request.declineReason(), overrideCapacity, request.outcomes());
        } catch (IllegalTransitionException refused) {
            throw refused.forCaller(row.parties());
        }
        if (!row.mayChange()) {
            throw new ForbiddenException(change.party() == Party.REFERRER
                    ? "Only whoever made this referral may withdraw it."
                    : "Only the organisers of the group this referral is to may mark it " + change.to() + ".");
        }
        if (row.full()) {
            throw new ConflictException("The activity has no spaces left. To accept anyway, send "
                    + "\"overrideCapacity\": true; or decline with reason FULL.");
        }
        if (!row.changed()) {
            throw new IllegalStateException("Referral " + id + " passed every check but was not changed.");
        }
        return row;
    }

    /** An organiser of the receiving group refers the same person on; their consent carries over. */
    @Transactional
    ReferralView onward(String id, String accountId, OnwardReferral onward) {
        var made = onward(id, accountId, onward, now(), audit.stamp());
        var view = made.referral();
        events.publishEvent(new ReferralMade(view.id(), onward.activity(), made.groupId(), view.status()));
        return view;
    }

    /** Refers the person on at {@code now}, audited with {@code stamp}, or refuses; announces nothing. */
    Referral.Made onward(String id, String accountId, OnwardReferral onward, ZonedDateTime now,
                         Map<String, Object> stamp) {
        var needs = onward.needs().stream().distinct().toList();
        var made = Rows.fetch(neo4j.query(ONWARD)
                .bind(id).to("id").bind(accountId).to("accountId").bind(onward.activity()).to("activity")
                .bind(needs).to("needs").bind(onward.reason()).to("reason")
                .bind(optional("note", onward.note())).to("optional")
                .bind(Referral.FIRST.name()).to("status").bind(now).to("now").bind(stamp).to("audit"),
                Referral.Made.class).one().orElseThrow();
        if (!made.visible()) {
            throw Referrals.notFound(id);
        }
        Referral.made(made, onward.activity());
        return made;
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(ZoneOffset.UTC);
    }

    /**
     * The values a writer may be given or not, as one map parameter. Cypher caches a plan per parameter type, and an
     * absent value bound on its own is of type NULL, not STRING: each combination of absent values planned the 6-8 KB
     * statement once more (1.0-1.7 s in a cold JVM, on the request that met it first).
     */
    private static Map<String, Object> optional(String name, @Nullable Object value, @Nullable Object... more) {
        var values = new HashMap<String, Object>();
        values.put(name, value);
        for (int i = 0; i + 1 < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return values;
    }
}
