package org.hedgerow.notifications;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person's notification settings: where mails go and, per kind, at once, in the daily digest or not at all.
 * Reading them lists every kind; a change may name only some.
 *
 * @param email      where notification mails go; null: no mails, the notification centre only
 * @param choices    one per kind
 * @param digestHour the hour (in the site's time zone) the daily digest is sent
 */
public record NotificationSettings(@Email @Size(max = 254) @Nullable String email,
                                   @NotNull @Size(max = 20) List<@Valid @NotNull Choice> choices,
                                   @Nullable Integer digestHour) {
}
