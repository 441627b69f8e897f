package org.hedgerow.notifications;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What one notification says, in public facts only: which activity, what happened to it, and where in the app to
 * look. Never who was referred, how to reach them or why.
 *
 * @param status           a referral's or session's new status, or an introduction's answer
 * @param date             a changed session's date
 * @param subject          who or what else it is about: an organiser's name, a gathering's or post's title
 * @param path             where in the web app to look
 * @param stage            a listing reminder's stage
 * @param listingCheckedAt when the listing was last checked (a reminder is sent once per stage per check)
 */
record Told(NotificationKind kind, @Nullable String activityId, @Nullable String activityName,
            @Nullable String status, @Nullable LocalDate date, @Nullable String subject, String path,
            @Nullable ReminderStage stage, @Nullable Instant listingCheckedAt) {

    static Told of(NotificationKind kind, @Nullable String activityId, @Nullable String activityName,
                   @Nullable String status, @Nullable String subject, String path) {
        return new Told(kind, activityId, activityName, status, null, subject, path, null, null);
    }
}
