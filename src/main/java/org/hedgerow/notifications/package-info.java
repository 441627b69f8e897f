/**
 * Notifications: what a person must act on or would want to know, told in the app and by mail.
 * <p>
 * Other features' events are heard <em>inside</em> the transaction that made the change (plain
 * {@code @EventListener}s, run on the publishing thread before commit), and each becomes {@code Notification} nodes
 * for the accounts concerned and, for those who want a mail at once, a {@code Mail} node: an outbox in the graph that
 * commits or rolls back with the change. A sender thread delivers due mails over SMTP ({@code spring.mail.*}) with
 * a stable Message-ID, retrying with exponential backoff; daily digests and stale-listing reminders are gathered at
 * the hour the site sets. A notification names the activity and links to the app, never a participant's reference,
 * contact or reason. {@link org.hedgerow.notifications.NotificationsAdded} tells the live feature whose centre
 * to update, after commit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package org.hedgerow.notifications;
