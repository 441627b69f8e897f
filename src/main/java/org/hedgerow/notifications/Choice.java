package org.hedgerow.notifications;

import jakarta.validation.constraints.NotNull;

/** How a person hears of one kind of notification by mail. */
public record Choice(@NotNull NotificationKind kind, @NotNull Delivery delivery) {
}
