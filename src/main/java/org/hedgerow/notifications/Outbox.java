package org.hedgerow.notifications;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications in the transaction of the change that causes them: one {@code Notification} per account
 * told, and a {@code Mail} for each whose choice for that kind is "at once" and who gave an address. Those who chose
 * a digest have theirs marked to wait for it; those who chose "off" see it in the app only.
 */
@Component
class Outbox {

    /**
     * Writes notification {@code told} (a map of its facts) for each {@code account} row (disabled accounts are
     * left out), with its mail when due at once; returns the usernames told.
     */
    private static final String WRITE_EACH = """
            WITH account, told WHERE coalesce(account.enabled, true)
            OPTIONAL MATCH (box:Mailbox {accountId: account.id})
            OPTIONAL MATCH (choice:NotificationPreference {accountId: account.id, kind: told.kind})
            WITH account, told, box, coalesce(choice.delivery, 'AT_ONCE') AS delivery
            CREATE (n:Notification {id: randomUUID(), accountId: account.id, createdAt: $now})-[:FOR]->(account)
            SET n += told,
                n.mail = CASE WHEN box IS NULL OR delivery = 'OFF' THEN 'NONE'
                              WHEN delivery = 'DAILY_DIGEST' THEN 'DIGEST' ELSE 'AT_ONCE' END
            WITH account, box, n
            CALL (account, box, n) {
                WITH account, box, n WHERE n.mail = 'AT_ONCE'
                CREATE (m:Mail {id: randomUUID(), accountId: account.id, address: box.address, status: 'PENDING',
                                digest: false, attempts: 0, createdAt: $now, nextAttemptAt: $now})-[:TELLS]->(n)
            }
            RETURN collect(DISTINCT account.username) AS usernames
            """;

    static final String WRITE = """
            UNWIND $accountIds AS accountId
            MATCH (account:Account {id: accountId})
            WITH account, $told AS told
            """ + WRITE_EACH;

    /**
     * A referral was made: its group's organisers hear it arrived, and if it was made onward, whoever made the
     * referral before hears the person was referred on. Who, what and the writing in one statement (one round trip
     * on the referral's request).
     */
    static final String REFERRAL_MADE = """
            MATCH (r:Referral {id: $referralId})-[:TO]->(a:Activity)
            CALL (r, a) {
                MATCH (:Group {id: $groupId})<-[:ORGANISES]-(:Organiser)<-[:ACTS_AS]-(account:Account)
                RETURN DISTINCT account, {kind: $arrived, path: '/referrals/' + r.id, activityId: a.id,
                                         activityName: a.name} AS told
                UNION
                MATCH (r)-[:ONWARD_FROM]->(before:Referral)-[:MADE_BY]->()<-[:ACTS_AS]-(account:Account)
                RETURN DISTINCT account, {kind: $referredOn, path: '/referrals/' + before.id, activityId: a.id,
                                         activityName: a.name} AS told
            }
            """ + WRITE_EACH;

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(Neo4jClient neo4j, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells these accounts, in the caller's transaction (MANDATORY: a notification must never outlive a change
     * that rolled back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void tell(List<String> accountIds, Told told) {
        if (accountIds.isEmpty()) {
            return;
        }
        var facts = new HashMap<String, Object>();
        facts.put("kind", told.kind().name());
        facts.put("path", told.path());
        putIfThere(facts, "activityId", told.activityId());
        putIfThere(facts, "activityName", told.activityName());
        putIfThere(facts, "status", told.status());
        putIfThere(facts, "date", told.date());
        putIfThere(facts, "subject", told.subject());
        putIfThere(facts, "stage", told.stage() == null ? null : told.stage().name());
        putIfThere(facts, "listingCheckedAt", told.listingCheckedAt() == null ? null
                : told.listingCheckedAt().atZone(ZoneOffset.UTC));
        announce(neo4j.query(WRITE).bind(List.copyOf(accountIds)).to("accountIds").bind(facts).to("told"));
    }

    /** Tells of a referral made ({@link #REFERRAL_MADE}), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void tellReferralMade(String referralId, String groupId) {
        announce(neo4j.query(REFERRAL_MADE).bind(referralId).to("referralId").bind(groupId).to("groupId")
                .bind(NotificationKind.REFERRAL_ARRIVED.name()).to("arrived")
                .bind(NotificationKind.REFERRED_ON.name()).to("referredOn"));
    }

    private void announce(Neo4jClient.RunnableSpec write) {
        var added = Rows.fetch(write.bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), Added.class)
                .one().orElseThrow();
        if (!added.usernames().isEmpty()) {
            events.publishEvent(new NotificationsAdded(added.usernames()));
        }
    }

    /** Who was told, for the live feature to update their centres after commit. */
    record Added(List<String> usernames) {
    }

    private static void putIfThere(Map<String, Object> facts, String key, @Nullable Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
