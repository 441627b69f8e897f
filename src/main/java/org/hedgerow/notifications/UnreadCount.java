package org.hedgerow.notifications;

/** How many of a person's notifications are unread, for the header. */
public record UnreadCount(long unread) {
}
