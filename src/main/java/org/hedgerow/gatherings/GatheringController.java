package org.hedgerow.gatherings;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.MayRefuse;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gatherings: facilitators (within their place) and admins convene them and record what came of them; organisers
 * of the invited groups see them and answer. Link workers have no part in them.
 */
@RestController
@RequestMapping("/api/gatherings")
@PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
class GatheringController {

    private final Gatherings gatherings;
    private final GatheringRecords records;
    private final GatheringQuery query;

    GatheringController(Gatherings gatherings, GatheringRecords records, GatheringQuery query) {
        this.gatherings = gatherings;
        this.records = records;
        this.query = query;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<GatheringView> convene(@AuthenticationPrincipal SignedInUser user,
                                          @Valid @RequestBody NewGathering gathering) {
        return ResponseEntity.status(HttpStatus.CREATED).body(gatherings.convene(user.accountId(), gathering));
    }

    /** A facilitator's gatherings (held within their place), an organiser's invitations, or for admins all. */
    @GetMapping
    Paged<GatheringView> list(@AuthenticationPrincipal SignedInUser user, @Valid @ParameterObject PageRequest page) {
        return query.list(user.accountId(), page);
    }

    @GetMapping("/{id}")
    GatheringView one(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return query.one(id, user.accountId());
    }

    /** Yes, no or maybe, for one of the caller's invited groups (403 if none of theirs was invited). */
    @PutMapping("/{id}/answer")
    @PreAuthorize("hasRole('PROVIDER')")
    @MayRefuse(403)
    GatheringView answer(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                         @Valid @RequestBody AnswerRequest answer) {
        return gatherings.answer(id, user.accountId(), answer);
    }

    /** A connection made there, between two groups that came: an introduction with the gathering as context. */
    @PostMapping("/{id}/connections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @MayRefuse(403)
    ResponseEntity<GatheringView> connect(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                          @Valid @RequestBody NewConnection connection) {
        return ResponseEntity.status(HttpStatus.CREATED).body(records.connect(id, user.accountId(), connection));
    }

    /** A plan made there: a noticeboard post linked to the gathering. */
    @PostMapping("/{id}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @MayRefuse(403)
    ResponseEntity<GatheringView> plan(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                       @Valid @RequestBody NewPlan plan) {
        return ResponseEntity.status(HttpStatus.CREATED).body(records.plan(id, user.accountId(), plan));
    }
}
