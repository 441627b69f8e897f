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

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
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
 * withdrawn by Hedgerow itself ({@link ReferralWithdrawals#idle}), so that its retention period can begin.
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


    record Found(List<String> ids) {
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;
    private final RetentionProperties retention;
    private final ErasureLedger ledger;
    private final ReferralWithdrawals withdrawals;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalDataErasure(Neo4jClient neo4j, AuditTrail audit,
                        RetentionProperties retention, ErasureLedger ledger, ReferralWithdrawals withdrawals,
                        PlatformTransactionManager transactions, Clock clock) {
        this.neo4j = neo4j;
        this.audit = audit;
        this.retention = retention;
        this.ledger = ledger;
        this.withdrawals = withdrawals;
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
        var withdrawn = withdrawals.openOf(ids, accountId, why, now, stamp);
        var done = erase(ids, kind, why, consentWithdrawn, referenceHash, erasedAt, stamp);
        withdrawals.announce(withdrawn);
        return new Erasure(done.participants(), done.referrals(),
                withdrawn.stream().map(ReferralWithdrawals.Withdrawn::referralId).sorted().toList(), now);
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
