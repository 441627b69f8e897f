package org.hedgerow.referral;

import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.ResponseStatus;
import java.time.Instant;
import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.RetriedWhenTransient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals. Signed-in only; which referral an account may see or change is decided in the statements
 * (a referral you may not see is a 404 whatever your role), so most methods admit every signed-in role.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    private final Referrals referrals;
    private final ReferralEdits edits;
    private final ReferralBoxes boxes;
    private final ReferralPaths paths;

    ReferralController(Referrals referrals, ReferralEdits edits, ReferralBoxes boxes, ReferralPaths paths) {
        this.referrals = referrals;
        this.edits = edits;
        this.boxes = boxes;
        this.paths = paths;
    }

    /**
     * A provider's inbox (referrals to their groups' activities, the default for providers) or an outbox (the
     * referrals the caller made; the default for link workers). Newest first; {@code from}/{@code to} are days
     * the referral was made, both included. Items name the participant by reference only.
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('PROVIDER', 'LINK_WORKER')")
    Paged<ReferralSummary> list(@AuthenticationPrincipal SignedInUser user,
                                @RequestParam(required = false) @Parameter(description = "Which box (any case); by default a "
                                        + "provider's inbox, anyone else's outbox",
                                        schema = @Schema(allowableValues = {"inbox", "outbox"})) String box,
                                @RequestParam(required = false) ReferralStatus status,
                                @RequestParam(required = false) String activity,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                Instant changedSince,
                                @Valid @ParameterObject PageRequest page) {
        return boxes.list(user, box(box, user), new ReferralBoxes.Filter(status, activity, from, to, changedSince),
                page);
    }

    @PostMapping
    @PreAuthorize("hasRole('LINK_WORKER')")
    @RetriedWhenTransient
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReferralView> create(@AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody NewReferral referral) {
        var created = edits.create(user.accountId(), referral);
        return ResponseEntity.created(URI.create("/api/referrals/" + created.id()))
                .eTag(Long.toString(created.version())).body(created);
    }

    /** The referral's two sides and admins; anyone else gets 404. Audited. */
    @GetMapping("/{id}")
    ResponseEntity<ReferralView> get(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        var referral = referrals.get(id, user.accountId());
        return ResponseEntity.ok().eTag(Long.toString(referral.version())).body(referral);
    }

    /**
     * Accept, start, complete or decline (the receiving group's organisers) or withdraw (whoever made it).
     * The version comes in the body or as {@code If-Match}.
     */
    @PostMapping("/{id}/status")
    @RetriedWhenTransient
    ResponseEntity<ReferralView> changeStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody StatusRequest request) {
        var changed = edits.changeStatus(id, user.accountId(), request, version(ifMatch));
        return ResponseEntity.ok().eTag(Long.toString(changed.version())).body(changed);
    }

    /** An organiser of the receiving group refers the person on to another activity; consent carries over. */
    @PostMapping("/{id}/onward")
    @RetriedWhenTransient
    @PreAuthorize("hasRole('PROVIDER')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReferralView> onward(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                        @Valid @RequestBody OnwardReferral onward) {
        var created = edits.onward(id, user.accountId(), onward);
        return ResponseEntity.created(URI.create("/api/referrals/" + created.id()))
                .eTag(Long.toString(created.version())).body(created);
    }

    /**
     * The person's path through the network around this referral, in order; steps the caller may not see are
     * {@code visible: false} with status and dates only. 404 unless the caller may see this referral. Audited.
     */
    @GetMapping("/{id}/path")
    ReferralPath path(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return paths.path(id, user.accountId());
    }

    private static Box box(String box, SignedInUser user) {
        if (box == null || box.isBlank()) {
            return user.role() == Role.PROVIDER ? Box.INBOX : Box.OUTBOX;
        }
        return switch (box.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "inbox" -> Box.INBOX;
            case "outbox" -> Box.OUTBOX;
            default -> throw new InvalidRequestException("box", "must be inbox or outbox");
        };
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        }
        catch (NumberFormatException notANumber) {
            throw new InvalidRequestException("If-Match", "must be the ETag of the referral, e.g. \"3\"");
        }
    }
}
