package org.hedgerow.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hedgerow.activities.ActivitySpaces;
import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasing a participant's personal details: their reference and contact, their referrals' reasons and the notes on
 * those referrals' events. What stays is the referral's shape (who referred to which activity, for which needs), its
 * status history (statuses, times, who moved it) and its outcomes, so the network's counts and flows do not change;
 * with the reference gone they can no longer be tied to the person here. The erased referral carries
 * {@code personalDataErasedAt} and is not processed further ({@link ReferralEdits} refuses to move it).
 *
 * <p>Before them, a referral left waiting (sent or accepted, never attended) with no change for long enough is
 * withdrawn by Hedgerow itself ({@link #withdrawIdle}), so that its retention period can begin.
 *
 * <p>Three ways in: the retention period passing ({@link #pastRetention}), the person asking
 * ({@link #onRequest}), and the person withdrawing consent ({@link #consentWithdrawn}). The last two also withdraw
 * the person's open referrals through the referral lifecycle's own announcement ({@link ReferralStatusChanged}, ids
 * and status only), so the receiving group is told and the activity's space comes back. Every one is audited with
 * ids and the ground only, never the erased values.
 */
@Component
class PersonalDataErasure {

    /** Statuses a referral is closed at: nothing more happens to it. */
    static final List<String> CLOSED = Arrays.stream(ReferralStatus.values()).filter(s -> !s.isOpen())
            .map(Enum::name).toList();
    static final List<String> OPEN = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen)
            .map(Enum::name).toList();
    /** Open statuses at which a referral waits for someone to act: sent, or accepted but not yet attended. */
    static final List<String> WAITING = List.of(ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name());

    /**
     * Erases the participants {@code $participants} (ids) not yet erased, with all their referrals, and writes one
     * audit line each (whether one is erased yet is read under its write lock, so two instances' jobs erasing at once
     * write one line, not two) of {@code $kind} saying {@code $why}. When {@code $consentWithdrawn}, the consent is marked
     * withdrawn and a digest of the reference kept ({@code $referenceHash}), so that a new referral of the same
     * reference needs consent recorded after the withdrawal.
     */
    private static final String ERASE = """
            UNWIND $participants AS participantId
            MATCH (p:Participant {id: participantId})
            CALL (p) { SET p._lock = true REMOVE p._lock }
            WITH p WHERE p.personalDataErasedAt IS NULL
            SET p.reference = null, p.contact = null, p.personalDataErasedAt = $now,
                p.consent = CASE WHEN $consentWithdrawn THEN false ELSE p.consent END,
                p.consentWithdrawnAt = CASE WHEN $consentWithdrawn THEN $now ELSE p.consentWithdrawnAt END,
                p.referenceHash = CASE WHEN $consentWithdrawn THEN $referenceHash ELSE p.referenceHash END
            WITH p
            CALL (p) {
                MATCH (r:Referral)-[:OF]->(p)
                SET r.reason = null, r.personalDataErasedAt = $now
                WITH r
                CALL (r) {
                    MATCH (r)-[:HAD]->(e:ReferralEvent) WHERE e.note IS NOT NULL
                    SET e.note = null
                }
                RETURN count(r) AS referrals
            }
            WITH p, referrals, [{kind: $kind, subjectType: 'Participant', subjectId: p.id,
                                 detail: $why + '; referrals: ' + toString(referrals)}] AS lines
            %s
            RETURN count(p) AS participants, coalesce(sum(referrals), 0) AS referrals
            """.formatted(AuditTrail.LINES);

    /**
     * One page of participants in id order after {@code $after}, and those of them due for erasure: not yet erased,
     * with at least one referral, every referral closed and the last closed (its {@code updatedAt}: a closed
     * referral never changes again) before {@code $cutoff}. The retention unit is the person, not the referral: while
     * an onward referral is open, the earlier ones' reasons may still be needed by the group it went to.
     */
    private static final String DUE = """
            MATCH (p:Participant) WHERE p.id > $after
            WITH p ORDER BY p.id LIMIT $batch
            WITH collect(p) AS scanned
            RETURN size(scanned) AS scanned, scanned[-1].id AS last,
                   [p IN scanned WHERE p.personalDataErasedAt IS NULL AND EXISTS { (:Referral)-[:OF]->(p) }
                        AND NOT EXISTS { MATCH (r:Referral)-[:OF]->(p)
                                         WHERE NOT r.status IN $closed OR r.updatedAt >= $cutoff } | p.id] AS due
            """;

    /** Which of these participants (by id) are in the store and not erased. */
    private static final String STILL_HELD = """
            UNWIND $participants AS participantId
            MATCH (p:Participant {id: participantId}) WHERE p.personalDataErasedAt IS NULL
            RETURN collect(p.id) AS ids
            """;

    /**
     * The erasures the store records as made on request or on withdrawn consent (their audit lines; not the retention
     * job's, nor the ledger's replays), oldest first: what a new ledger begins with. A line is written only with its
     * erasure, in the same transaction, so each names someone the store holds erased.
     */
    private static final String RECORDED = """
            MATCH (e:AuditEvent) WHERE e.kind IN ['PERSONAL_DATA_ERASED', 'CONSENT_WITHDRAWN']
                  AND e.subjectType = 'Participant' AND NOT e.actor IN ['retention', 'erasure-ledger']
            MATCH (p:Participant {id: e.subjectId})
            RETURN e.at AS at, COLLECT { MATCH (a:Account {username: e.actor}) RETURN a.id }[0] AS by, e.kind AS kind,
                   split(e.detail, '; referrals: ')[0] AS why, e.kind = 'CONSENT_WITHDRAWN' AS consentWithdrawn,
                   CASE WHEN e.kind = 'CONSENT_WITHDRAWN' THEN p.referenceHash END AS referenceHash,
                   [p.id] AS participants
            ORDER BY at, participants
            """;

    /** The participants (not yet erased) with this reference. */
    private static final String FIND = """
            MATCH (p:Participant {reference: $reference}) WHERE p.personalDataErasedAt IS NULL
            RETURN collect(p.id) AS ids
            """;

    /**
     * Withdraws the open referrals of these participants, as the lifecycle's withdrawal does (a WITHDRAWN event, the
     * version up, a held space given back), by the signed-in admin, with no note.
     */
    private static final String WITHDRAW_OPEN = """
            %s
            UNWIND $participants AS participantId
            MATCH (:Participant {id: participantId})<-[:OF]-(r:Referral) WHERE r.status IN $open
            """.formatted(MaySee.ACCOUNT) + withdrawal(false);

    /**
     * Withdraws these referrals (ids) that are still waiting ({@code $open}: sent or accepted) and unchanged since
     * before {@code $idleSince}, by nobody (Hedgerow itself), with {@code $note} on the event; one changed meanwhile
     * (its status or {@code updatedAt}, read under its write lock) is passed over.
     */
    private static final String WITHDRAW_IDLE = """
            %s
            UNWIND $referrals AS referralId
            MATCH (r:Referral {id: referralId}) WHERE r.status IN $open
            """.formatted(MaySee.ACCOUNT) + withdrawal(true);

    /** Referrals waiting (sent or accepted) with no change since before {@code $idleSince}: a page of their ids. */
    private static final String IDLE = """
            MATCH (r:Referral) WHERE r.status IN $open AND r.updatedAt < $idleSince AND r.personalDataErasedAt IS NULL
            RETURN r.id LIMIT $batch
            """;

    /**
     * The rest of a withdrawal, for the referrals {@code r} (and the {@code account} withdrawing them, none for
     * Hedgerow itself) matched before it: each locked, its status read again, and only one still open (and, when
     * {@code idle}, still unchanged since {@code $idleSince}) withdrawn as the lifecycle's withdrawal does (a WITHDRAWN
     * event, the version up, a held space given back), audited with {@code $why}.
     */
    private static String withdrawal(boolean idle) {
        return """
            SET r._lock = true
            REMOVE r._lock
            WITH account, r WHERE r.status IN $open%s
            MATCH (r)-[:TO]->(a:Activity)
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            WITH account, r, a, g, r.status AS before, coalesce(r.holdsSpace, false) AS givesSpaceBack
            WITH account, r, a, g, before, givesSpaceBack, givesSpaceBack AS locks
            %s
            %s
            SET r.status = 'WITHDRAWN', r.updatedAt = $now, r.version = coalesce(r.version, 0) + 1, r.holdsSpace = null
            CREATE (r)-[:HAD]->(:ReferralEvent {status: 'WITHDRAWN', at: $now, by: account.id, version: r.version,
                    byName: coalesce([(account)-[:ACTS_AS]->(x) | x.name][0], account.displayName, 'Hedgerow'),
                    note: $note})
            WITH r, a, g, before, givesSpaceBack, [{kind: 'REFERRAL_CHANGED', subjectType: 'Referral', subjectId: r.id,
                                                   detail: before + ' -> WITHDRAWN: ' + $why}] AS lines
            %s
            RETURN r.id AS referralId, a.id AS activityId, g.id AS groupId, before AS status, r.version AS version,
                   givesSpaceBack AND a.spacesLeft IS NOT NULL AS returnedSpace, a.spacesLeft AS spacesLeft,
                   a.version AS activityVersion
            """.formatted(idle ? " AND r.updatedAt < $idleSince" : "", ActivitySpaces.LOCK, ActivitySpaces.GIVE_BACK,
                AuditTrail.LINES);
    }

    /** What an erasure did. */
    record Done(long participants, long referrals) {
        Done plus(Done other) {
            return new Done(participants + other.participants, referrals + other.referrals);
        }
    }

    record Due(long scanned, @Nullable String last, List<String> due) {
    }

    record Page(Due due, Done erased) {
    }

    record Withdrawn(String referralId, String activityId, String groupId, ReferralStatus status, long version,
                     boolean returnedSpace, @Nullable Integer spacesLeft, @Nullable Long activityVersion) {
    }

    record Found(List<String> ids) {
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetentionProperties retention;
    private final ErasureLedger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalDataErasure(Neo4jClient neo4j, AuditTrail audit, ApplicationEventPublisher events,
                        RetentionProperties retention, ErasureLedger ledger, PlatformTransactionManager transactions,
                        Clock clock) {
        this.neo4j = neo4j;
        this.audit = audit;
        this.events = events;
        this.retention = retention;
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Erases everyone whose referrals all closed more than the retention period before {@code now}: a page of
     * participants per transaction, walked in id order, so a store of a million referrals is done in bounded
     * transactions and a run cut short leaves only whole pages done.
     */
    Done pastRetention(Instant now) {
        var cutoff = now.minus(retention.referralPersonalData()).atZone(ZoneOffset.UTC);
        var stamp = audit.stamp("retention", null);
        var why = "retention: every referral closed more than " + retention.referralPersonalData().toDays()
                  + " days ago";
        var done = new Done(0, 0);
        String after = "";
        while (true) {
            var from = after;
            var page = Objects.requireNonNull(transactions.execute(status -> {
                var due = Rows.fetch(neo4j.query(DUE).bind(from).to("after").bind(retention.batch()).to("batch")
                        .bind(CLOSED).to("closed").bind(cutoff).to("cutoff"), Due.class).one().orElseThrow();
                var erased = due.due().isEmpty() ? new Done(0, 0)
                        : erase(due.due(), AuditKind.PERSONAL_DATA_ERASED, why, false, null, now, stamp);
                return new Page(due, erased);
            }));
            var due = page.due();
            done = done.plus(page.erased());
            if (due.scanned() < retention.batch() || due.last() == null) {
                return done;
            }
            after = due.last();
        }
    }

    /**
     * Withdraws every referral still waiting (sent, or accepted but never attended) with no change for
     * {@code hedgerow.retention.idle-referral} before {@code now}, by Hedgerow itself, with a note saying why: the
     * referrer and the group are told as for any withdrawal, a held space comes back, and the person's details then
     * follow the retention period from this close, so a referral nobody answered is not kept for ever. A page of
     * referrals per transaction; running twice, or on several instances at once, withdraws each once.
     */
    long withdrawIdle(Instant now) {
        var idleSince = now.minus(retention.idleReferral()).atZone(ZoneOffset.UTC);
        var days = retention.idleReferral().toDays();
        var why = "retention: no change in " + days + " days";
        var note = "Withdrawn by Hedgerow: nothing changed on this referral for " + days + " days.";
        var stamp = audit.stamp("retention", null);
        long total = 0;
        while (true) {
            var withdrawn = Objects.requireNonNull(transactions.execute(status -> {
                var ids = List.copyOf(neo4j.query(IDLE).bind(WAITING).to("open").bind(idleSince).to("idleSince")
                        .bind(retention.batch()).to("batch").fetchAs(String.class).all());
                var made = ids.isEmpty() ? List.<Withdrawn>of()
                        : List.copyOf(Rows.fetch(neo4j.query(WITHDRAW_IDLE).bind(null).to("accountId")
                                .bind(ids).to("referrals").bind(WAITING).to("open").bind(idleSince).to("idleSince")
                                .bind(why).to("why").bind(note).to("note").bind(now.atZone(ZoneOffset.UTC)).to("now")
                                .bind(stamp).to("audit"), Withdrawn.class).all());
                announce(made);
                return new IdlePage(ids.size(), made.size());
            }));
            total += withdrawn.withdrawn();
            // A short page was the last; a page of which none could be withdrawn (changed meanwhile) ends the run too.
            if (withdrawn.found() < retention.batch() || withdrawn.withdrawn() == 0) {
                return total;
            }
        }
    }

    private record IdlePage(int found, int withdrawn) {
    }

    /**
     * Tells the referrer and the group of each withdrawal (neither side made it, so both hear), and the activity of a
     * space come back.
     */
    private void announce(List<Withdrawn> withdrawn) {
        for (var referral : withdrawn) {
            events.publishEvent(new ReferralStatusChanged(referral.referralId(), referral.activityId(),
                    referral.groupId(), referral.status(), ReferralStatus.WITHDRAWN, referral.version(), false));
            if (referral.returnedSpace() && referral.spacesLeft() != null && referral.activityVersion() != null) {
                events.publishEvent(new SpaceReturned(referral.activityId(), referral.groupId(),
                        referral.spacesLeft(), referral.activityVersion()));
            }
        }
    }

    /** The person asked for their personal details to be erased: at once, open referrals withdrawn. */
    @Transactional
    Erasure onRequest(String reference, String accountId) {
        return erasure(reference, accountId, AuditKind.PERSONAL_DATA_ERASED, "erased at the person's request",
                false);
    }

    /**
     * The person withdrew consent: as {@link #onRequest}, and the reference is remembered (as a digest) so that a new
     * referral of it needs consent recorded after today.
     */
    @Transactional
    Erasure consentWithdrawn(String reference, String accountId) {
        return erasure(reference, accountId, AuditKind.CONSENT_WITHDRAWN, "consent withdrawn", true);
    }

    /** A digest of a reference, to recognise it again without keeping it. */
    static String digest(String reference) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(reference.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    private Erasure erasure(String reference, String accountId, AuditKind kind, String why, boolean consentWithdrawn) {
        var ids = Rows.fetch(neo4j.query(FIND).bind(reference).to("reference"), Found.class).one().orElseThrow().ids();
        if (ids.isEmpty()) {
            throw unknown();
        }
        var now = clock.instant();
        var hash = consentWithdrawn ? digest(reference) : null;
        var made = erasure(ids, accountId, kind, why, consentWithdrawn, hash, now, now, audit.stamp());
        ledger.record(new ErasureLedger.Entry(now, accountId, kind, why, consentWithdrawn, hash, ids));
        return made;
    }

    /**
     * Begins the ledger of erasures, unless it is begun, with the erasures on request or on withdrawn consent that the
     * store records: those made before the ledger existed (or since it was lost). Returns how many it wrote; none, and
     * no statement, when it is begun or {@code hedgerow.retention.begin-ledger} is off.
     */
    int beginLedger() {
        if (!retention.beginLedger() || ledger.begun()) {
            return 0;
        }
        return ledger.begin(List.copyOf(Rows.fetch(neo4j.query(RECORDED), ErasureLedger.Entry.class).all()));
    }

    /**
     * Erases again what a restore brought back: every participant of the ledger of erasures whom the store holds
     * unerased, with their open referrals withdrawn, on the ground, in the name and as of the time of the first
     * erasure, audited as erased again. Nothing (not a statement) when the ledger is empty; one read when the store
     * already shows them all erased, as it does at every start but the first after a restore.
     */
    Done replay() {
        var entries = ledger.entries();
        if (entries.isEmpty()) {
            return new Done(0, 0);
        }
        var everyone = entries.stream().flatMap(entry -> entry.participants().stream()).distinct().toList();
        var held = Set.copyOf(Rows.fetch(neo4j.query(STILL_HELD).bind(everyone).to("participants"), Found.class)
                .one().orElseThrow().ids());
        if (held.isEmpty()) {
            return new Done(0, 0);
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            var now = clock.instant();
            var stamp = audit.stamp("erasure-ledger", null);
            var done = new Done(0, 0);
            for (var entry : entries) {
                var again = entry.participants().stream().filter(held::contains).toList();
                if (!again.isEmpty()) {
                    // Erased (and consent withdrawn) as of the first erasure; the open referrals withdrawn now.
                    var erased = erasure(again, entry.by(), entry.kind(), entry.why() + " (on " + entry.at()
                            + "; found unerased at start, as after restoring a backup taken before it: erased again)",
                            entry.consentWithdrawn(), entry.referenceHash(), entry.at(), now, stamp);
                    done = done.plus(new Done(erased.participants(), erased.referrals()));
                }
            }
            return done;
        }));
    }

    /**
     * Withdraws the participants' open referrals at {@code now} (the groups are told) and erases their details as of
     * {@code erasedAt}.
     */
    private Erasure erasure(List<String> ids, @Nullable String accountId, AuditKind kind, String why,
                            boolean consentWithdrawn, @Nullable String referenceHash, Instant erasedAt, Instant now,
                            Map<String, Object> stamp) {
        var withdrawn = Rows.fetch(neo4j.query(WITHDRAW_OPEN).bind(accountId).to("accountId").bind(ids)
                .to("participants").bind(OPEN).to("open").bind(why).to("why").bind(null).to("note")
                .bind(now.atZone(ZoneOffset.UTC)).to("now").bind(stamp).to("audit"), Withdrawn.class).all();
        var done = erase(ids, kind, why, consentWithdrawn, referenceHash, erasedAt, stamp);
        announce(List.copyOf(withdrawn));
        return new Erasure(done.participants(), done.referrals(),
                withdrawn.stream().map(Withdrawn::referralId).sorted().toList(), now);
    }

    private Done erase(List<String> participants, AuditKind kind, String why, boolean consentWithdrawn,
                       @Nullable String referenceHash, Instant now, Map<String, Object> stamp) {
        return Rows.fetch(neo4j.query(ERASE).bind(participants).to("participants").bind(kind.name()).to("kind")
                .bind(why).to("why").bind(consentWithdrawn).to("consentWithdrawn")
                .bind(referenceHash).to("referenceHash").bind(now.atZone(ZoneOffset.UTC)).to("now")
                .bind(stamp).to("audit"), Done.class).one().orElseThrow();
    }

    static NotFoundException unknown() {
        return new NotFoundException("No personal details are held for that participant reference: there is none, "
                + "or they were erased already.");
    }
}
