package org.hedgerow.notifications;

import java.util.ArrayList;
import java.util.List;

import org.hedgerow.activities.ListingConfirmations;
import org.hedgerow.core.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the links in a mail do, without signing in: the signed token says for whom and what, and nothing else
 * changes. Unsubscribe is the RFC 8058 one-click target (a mail program POSTs {@code List-Unsubscribe=One-Click}
 * to the {@code List-Unsubscribe} address), and the web app's page for the link in the mail's text posts the same.
 * POST only, so that a link checker fetching the address changes nothing.
 */
@RestController
@RequestMapping("/api/notifications")
class MailLinks {

    private final Tokens tokens;
    private final Preferences preferences;
    private final ListingConfirmations listings;

    MailLinks(Tokens tokens, Preferences preferences, ListingConfirmations listings) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.listings = listings;
    }

    /** The answer to an unsubscribe: these kinds are now off by mail for the token's account. */
    record Unsubscribed(List<NotificationKind> kinds, Delivery delivery) {
    }

    /** What an RFC 8058 mail program posts: {@code List-Unsubscribe=One-Click}. */
    record OneClick(@Schema(name = "List-Unsubscribe", example = "One-Click") @Nullable String listUnsubscribe) {
    }

    /** The answer to "still right": the listing is confirmed as it stands. */
    record StillRight(String activityId, String activityName) {
    }

    /**
     * Turns off, by mail, the kinds of notification the mail told of, for the person it was sent to. The form
     * field {@code List-Unsubscribe=One-Click} is what RFC 8058 mail programs send; it is not needed.
     */
    @PostMapping("/unsubscribe")
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE, schema = @Schema(implementation = OneClick.class))))
    @Transactional
    Unsubscribed unsubscribe(@RequestParam @Parameter(in = ParameterIn.QUERY) String token,
                             @RequestParam(name = "List-Unsubscribe", required = false)
                             @Parameter(in = ParameterIn.QUERY, description = "One-Click, as the form posts it; "
                                     + "the servlet reads a form's fields as parameters") @Nullable String oneClick) {
        var grant = tokens.check(token, Tokens.Purpose.UNSUBSCRIBE);
        var kinds = new ArrayList<NotificationKind>();
        for (var kind : grant.subjects()) {
            try {
                kinds.add(NotificationKind.valueOf(kind));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidRequestException("token", "This link names a kind of notification Hedgerow does "
                        + "not have (" + kind + "); change your settings in Hedgerow instead.");
            }
        }
        if (kinds.isEmpty()) {
            throw new InvalidRequestException("token", "This link names no kind of notification.");
        }
        if (!preferences.choose(grant.accountId(), kinds.stream().map(kind -> new Choice(kind, Delivery.OFF)).toList())) {
            throw new InvalidRequestException("token", "This link is for an account that no longer exists.");
        }
        return new Unsubscribed(kinds, Delivery.OFF);
    }

    /** Confirms the listing as it stands, as the organiser the reminder was sent to (who must still be one). */
    @PostMapping("/still-right")
    StillRight stillRight(@RequestParam String token) {
        var grant = tokens.check(token, Tokens.Purpose.STILL_RIGHT);
        if (grant.subjects().size() != 1) {
            throw new InvalidRequestException("token", "This link names no listing.");
        }
        var confirmed = listings.confirm(grant.subjects().getFirst(), grant.accountId());
        return new StillRight(confirmed.id(), confirmed.name());
    }
}
