package org.hedgerow.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails waiting in the graph, as the sender and admins see them. A sender claims due mails for a while before
 * sending them (so two senders never send the same one at once), marks each sent once the SMTP server accepted it,
 * and puts back a failed one for later with a doubling wait; one that keeps failing past the time to give up, or
 * is refused for good (an address the server rejects), stays FAILED for admins to see.
 */
@Component
class MailOutbox {

    private static final String CLAIM = """
            MATCH (m:Mail {status: 'PENDING'}) WHERE m.nextAttemptAt <= $now
              AND (m.claimedUntil IS NULL OR m.claimedUntil <= $now)
            WITH m ORDER BY m.nextAttemptAt LIMIT $batch
            SET m._lock = true
            REMOVE m._lock
            WITH m WHERE m.status = 'PENDING' AND (m.claimedUntil IS NULL OR m.claimedUntil <= $now)
            SET m.claimedUntil = $until
            RETURN m.id AS id, m.accountId AS accountId, m.address AS address, m.digest AS digest,
                   m.createdAt AS createdAt,
                   [(m)-[:TELLS]->(:Notification)-[:FOR]->(a:Account) | a.displayName][0] AS name,
                   COLLECT { MATCH (m)-[:TELLS]->(n:Notification)
                             RETURN n {.id, .kind, .activityId, .activityName, .status, .date, .subject, .path, .stage,
                                       .createdAt, .readAt} ORDER BY n.createdAt } AS items
            """;

    private static final String SENT = """
            UNWIND $ids AS id
            MATCH (m:Mail {id: id})
            SET m.status = 'SENT', m.sentAt = $now, m.attempts = m.attempts + 1, m.claimedUntil = null,
                m.lastError = null
            """;

    /** The n-th failure in a row waits firstRetry x 2^(n-1), at most longestWait. */
    private static final String FAILED = """
            MATCH (m:Mail {id: $id})
            WITH m, m.attempts + 1 AS failures
            WITH m, failures, $firstSeconds * (2 ^ (failures - 1)) AS wait
            SET m.attempts = failures, m.lastError = $error, m.claimedUntil = null,
                m.status = CASE WHEN $permanent OR m.createdAt <= $giveUpBefore THEN 'FAILED' ELSE 'PENDING' END,
                m.nextAttemptAt = $now + duration({seconds: toInteger(CASE WHEN wait > $longestSeconds
                                                                      THEN $longestSeconds ELSE wait END)})
            RETURN m.status
            """;

    private static final String LIST = """
            MATCH (m:Mail) WHERE $status IS NULL OR m.status = $status
            WITH m ORDER BY m.createdAt DESC, m.id DESC
            WITH collect(m) AS found
            RETURN size(found) AS total,
                   [m IN found[$skip..$skip + $size] | m {.id, .address, .status, .digest, .attempts, .createdAt,
                        .nextAttemptAt, .sentAt, .lastError,
                        items: COUNT { (m)-[:TELLS]->(:Notification) },
                        kinds: COLLECT { MATCH (m)-[:TELLS]->(n:Notification) RETURN DISTINCT n.kind }}] AS items
            """;

    private static final String SUMMARY = """
            RETURN COUNT { (m:Mail {status: 'PENDING'}) } AS pending, COUNT { (m:Mail {status: 'SENT'}) } AS sent,
                   COUNT { (m:Mail {status: 'FAILED'}) } AS failed
            """;

    /** A claimed mail and what it tells. */
    record Claimed(String id, String accountId, String address, boolean digest, Instant createdAt,
                   @Nullable String name, List<NotificationCentre.Row> items) {
    }

    /** How many mails wait, went and failed. */
    record Counts(long pending, long sent, long failed) {
    }

    private final Neo4jClient neo4j;
    private final NotificationsProperties properties;
    private final Clock clock;

    MailOutbox(Neo4jClient neo4j, NotificationsProperties properties, Clock clock) {
        this.neo4j = neo4j;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    List<Claimed> claim(Instant now) {
        var sender = properties.sender();
        return List.copyOf(Rows.fetch(neo4j.query(CLAIM).bind(utc(now)).to("now")
                .bind(utc(now.plus(sender.claimFor()))).to("until").bind(sender.batch()).to("batch"), Claimed.class)
                .all());
    }

    @Transactional
    void sent(String id, Instant now) {
        sent(List.of(id), now);
    }

    /** Marks the mails the server accepted, in one statement for a whole batch. */
    @Transactional
    void sent(List<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            neo4j.query(SENT).bind(ids).to("ids").bind(utc(now)).to("now").run();
        }
    }

    /** Puts the mail back for later, or gives it up; true if given up. */
    @Transactional
    boolean failed(String id, Instant now, String error, boolean permanent) {
        var sender = properties.sender();
        var status = neo4j.query(FAILED).bind(id).to("id").bind(utc(now)).to("now")
                .bind(error.length() > 500 ? error.substring(0, 500) : error).to("error").bind(permanent).to("permanent")
                .bind(utc(now.minus(sender.giveUpAfter()))).to("giveUpBefore")
                .bind(sender.firstRetry().toSeconds()).to("firstSeconds")
                .bind(sender.longestWait().toSeconds()).to("longestSeconds")
                .fetchAs(String.class).one().orElse("PENDING");
        return "FAILED".equals(status);
    }

    Paged<OutboxMail> list(@Nullable MailStatus status, PageRequest page) {
        return Rows.page(neo4j.query(LIST).bind(status == null ? null : status.name()).to("status"), page,
                OutboxMail.class);
    }

    Counts counts() {
        return Rows.fetch(neo4j.query(SUMMARY), Counts.class).one().orElseThrow();
    }

    static Object utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
