package org.hedgerow.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification in a person's notification centre.
 *
 * @param link   where in the web app to look (a path)
 * @param readAt when the person marked it read; null while unread
 */
public record NotificationView(String id, NotificationKind kind, String title, String text, String link,
                               @Nullable String activityId, Instant createdAt, @Nullable Instant readAt) {
}
