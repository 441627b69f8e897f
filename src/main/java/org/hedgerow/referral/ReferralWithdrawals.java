package org.hedgerow.referral;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hedgerow.activities.ActivitySpaces;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Withdrawals neither side of a referral made: an admin's, of a person's open referrals when their details are
 * erased on request or their consent withdrawn ({@link PersonalDataErasure}), and Hedgerow's own, of referrals left
 * waiting too long ({@link #idle}, run by {@link RetentionSchedule}). One statement body for both
 * ({@link #withdrawal}), mirroring the lifecycle's withdrawal, and one announcement, to both sides.
 */
@Component
class ReferralWithdrawals {

    static final List<String> OPEN = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen)
            .map(Enum::name).toList();
    /** Open statuses at which a referral waits for someone to act: sent, or accepted but not yet attended. */
    static final List<String> WAITING = List.of(ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name());

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

    record Withdrawn(String referralId, String activityId, String groupId, ReferralStatus status, long version,
                     boolean returnedSpace, @Nullable Integer spacesLeft, @Nullable Long activityVersion) {
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetentionProperties retention;
    private final TransactionTemplate transactions;

    ReferralWithdrawals(Neo4jClient neo4j, AuditTrail audit, ApplicationEventPublisher events,
                        RetentionProperties retention, PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.audit = audit;
        this.events = events;
        this.retention = retention;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Withdraws the open referrals of these participants (ids) at {@code now}, by the account {@code accountId} (none
     * when the erasure ledger replays an erasure), audited with {@code why}, in the caller's transaction; announced
     * by the caller ({@link #announce}) once the rest of its change is written.
     */
    List<Withdrawn> openOf(List<String> participants, @Nullable String accountId, String why, Instant now,
                           Map<String, Object> stamp) {
        return List.copyOf(Rows.fetch(neo4j.query(WITHDRAW_OPEN).bind(accountId).to("accountId").bind(participants)
                .to("participants").bind(OPEN).to("open").bind(why).to("why").bind(null).to("note")
                .bind(now.atZone(ZoneOffset.UTC)).to("now").bind(stamp).to("audit"), Withdrawn.class).all());
    }

    /**
     * Withdraws every referral still waiting (sent, or accepted but never attended) with no change for
     * {@code hedgerow.retention.idle-referral} before {@code now}, by Hedgerow itself, with a note saying why: the
     * referrer and the group are told as for any withdrawal, a held space comes back, and the person's details then
     * follow the retention period from this close, so a referral nobody answered is not kept for ever. A page of
     * referrals per transaction; running twice, or on several instances at once, withdraws each once.
     */
    long idle(Instant now) {
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
    void announce(List<Withdrawn> withdrawn) {
        for (var referral : withdrawn) {
            events.publishEvent(new ReferralStatusChanged(referral.referralId(), referral.activityId(),
                    referral.groupId(), referral.status(), ReferralStatus.WITHDRAWN, referral.version(), false));
            if (referral.returnedSpace() && referral.spacesLeft() != null && referral.activityVersion() != null) {
                events.publishEvent(new SpaceReturned(referral.activityId(), referral.groupId(),
                        referral.spacesLeft(), referral.activityVersion()));
            }
        }
    }
}
