package org.hedgerow.notifications;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words of each kind of notification, from {@code notifications/wording.properties}: one place for the app's
 * notification centre and the mails' templates, so both say the same thing.
 */
@Component
class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final ResourceBundle words = ResourceBundle.getBundle("notifications.wording", Locale.ROOT);

    /** A title and a sentence or two. */
    record Words(String title, String text) {
    }

    Words of(NotificationKind kind, @Nullable ReminderStage stage, @Nullable String activityName,
             @Nullable String status, @Nullable LocalDate date, @Nullable String subject) {
        var key = kind == NotificationKind.LISTING_REMINDER && stage != null ? kind.name() + "." + stage.name()
                : kind.name();
        Object[] facts = {orElse(activityName, "an activity"), status == null ? "" : statusWords(status),
            date == null ? "" : DAY.format(date), orElse(subject, "someone")};
        return new Words(format(key + ".title", facts), format(key + ".text", facts));
    }

    private String statusWords(String status) {
        return words.containsKey("status." + status) ? words.getString("status." + status)
                : status.toLowerCase(Locale.ROOT);
    }

    private String format(String key, Object[] facts) {
        return new MessageFormat(words.getString(key).replace("'", "''"), Locale.UK).format(facts);
    }

    private static String orElse(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
