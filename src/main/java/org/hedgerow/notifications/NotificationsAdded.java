package org.hedgerow.notifications;

import java.util.List;

/** Notifications were added for these accounts (usernames), published in the change's transaction; no content. */
public record NotificationsAdded(List<String> usernames) {
}
