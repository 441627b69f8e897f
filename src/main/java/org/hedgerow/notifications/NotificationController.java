package org.hedgerow.notifications;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in person's own notification centre and settings; nobody sees or marks anyone else's. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationCentre centre;
    private final Preferences preferences;

    NotificationController(NotificationCentre centre, Preferences preferences) {
        this.centre = centre;
        this.preferences = preferences;
    }

    /** Newest first. */
    @GetMapping
    Paged<NotificationView> list(@AuthenticationPrincipal SignedInUser user, @Valid @ParameterObject PageRequest page) {
        return centre.list(user.accountId(), page);
    }

    @GetMapping("/unread")
    UnreadCount unread(@AuthenticationPrincipal SignedInUser user) {
        return centre.unread(user.accountId());
    }

    /** Marks one read (again is fine); answers how many are still unread. */
    @PostMapping("/{id}/read")
    UnreadCount markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return centre.markRead(user.accountId(), id);
    }

    @PostMapping("/read-all")
    UnreadCount markAllRead(@AuthenticationPrincipal SignedInUser user) {
        return centre.markAllRead(user.accountId());
    }

    /** Where mails go and, for every kind, how the person hears of it. */
    @GetMapping("/settings")
    NotificationSettings settings(@AuthenticationPrincipal SignedInUser user) {
        return preferences.of(user.accountId());
    }

    /** The address (none: the notification centre only) and the kinds named; kinds not named stay as they were. */
    @PutMapping("/settings")
    NotificationSettings changeSettings(@AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody NotificationSettings settings) {
        return preferences.change(user.accountId(), settings);
    }
}
