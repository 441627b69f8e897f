package org.hedgerow.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications: newest first, how many are unread, marking them read. Only ever their own. */
@Component
class NotificationCentre {

    private static final String LIST = """
            MATCH (n:Notification {accountId: $accountId})
            WITH n ORDER BY n.createdAt DESC, n.id DESC
            WITH collect(n) AS found
            RETURN size(found) AS total,
                   [n IN found[$skip..$skip + $size] | n {.id, .kind, .activityId, .activityName, .status, .date,
                        .subject, .path, .stage, .createdAt, .readAt}] AS items
            """;

    private static final String UNREAD = """
            MATCH (n:Notification {accountId: $accountId}) WHERE n.readAt IS NULL RETURN count(n)
            """;

    private static final String MARK_READ = """
            MATCH (n:Notification {id: $id, accountId: $accountId})
            SET n.readAt = coalesce(n.readAt, $now)
            RETURN n.id
            """;

    private static final String MARK_ALL_READ = """
            MATCH (n:Notification {accountId: $accountId}) WHERE n.readAt IS NULL
            SET n.readAt = $now
            """;

    /** A notification as stored. */
    record Row(String id, NotificationKind kind, @Nullable String activityId, @Nullable String activityName,
               @Nullable String status, @Nullable LocalDate date, @Nullable String subject, String path,
               @Nullable ReminderStage stage, Instant createdAt, @Nullable Instant readAt) {
    }

    private final Neo4jClient neo4j;
    private final Wording wording;
    private final Clock clock;

    NotificationCentre(Neo4jClient neo4j, Wording wording, Clock clock) {
        this.neo4j = neo4j;
        this.wording = wording;
        this.clock = clock;
    }

    Paged<NotificationView> list(String accountId, PageRequest page) {
        var rows = Rows.page(neo4j.query(LIST).bind(accountId).to("accountId"), page, Row.class);
        return new Paged<>(rows.items().stream().map(this::view).toList(), rows.page(), rows.size(), rows.totalItems());
    }

    UnreadCount unread(String accountId) {
        return new UnreadCount(neo4j.query(UNREAD).bind(accountId).to("accountId").fetchAs(Long.class).one()
                .orElse(0L));
    }

    /** Someone else's notification is as unknown as one that does not exist. */
    @Transactional
    UnreadCount markRead(String accountId, String id) {
        neo4j.query(MARK_READ).bind(id).to("id").bind(accountId).to("accountId").bind(now()).to("now")
                .fetchAs(String.class).one().orElseThrow(() -> new NotFoundException("You have no notification " + id + "."));
        return unread(accountId);
    }

    @Transactional
    UnreadCount markAllRead(String accountId) {
        neo4j.query(MARK_ALL_READ).bind(accountId).to("accountId").bind(now()).to("now").run();
        return new UnreadCount(0);
    }

    NotificationView view(Row row) {
        var words = wording.of(row.kind(), row.stage(), row.activityName(), row.status(), row.date(), row.subject());
        return new NotificationView(row.id(), row.kind(), words.title(), words.text(), row.path(), row.activityId(),
                row.createdAt(), row.readAt());
    }

    private Object now() {
        return clock.instant().atZone(ZoneOffset.UTC);
    }
}
