package org.hedgerow.notifications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox, as admins see it: to whom, what kinds it tells of, and how its delivery is going. Not its
 * content: that is the person's own.
 *
 * @param items         how many notifications it tells of (more than one: a digest)
 * @param nextAttemptAt when the sender tries it (again); for a sent or failed mail, when it would have
 * @param lastError     why the last try failed
 */
public record OutboxMail(String id, String address, MailStatus status, boolean digest, int attempts, int items,
                         List<NotificationKind> kinds, Instant createdAt, @Nullable Instant nextAttemptAt,
                         @Nullable Instant sentAt, @Nullable String lastError) {
}
