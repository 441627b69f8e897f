package org.hedgerow.activities;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.hedgerow.core.ListOrder;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.RetriedWhenTransient;
import org.hedgerow.core.Showing;
import org.hedgerow.core.Version;
import org.hedgerow.core.Versioned;

import org.springframework.format.annotation.DateTimeFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.net.URI;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/activities")
class ActivityController {

    private final Activities activities;
    private final ActivityEdits edits;
    private final SessionEdits sessions;

    ActivityController(Activities activities, ActivityEdits edits, SessionEdits sessions) {
        this.activities = activities;
        this.edits = edits;
        this.sessions = sessions;
    }

    /**
     * Public. Narrow by group, venue, organiser or locality (at any depth); {@code stale=true} lists the ones
     * not updated for six months, which is how organisers find the listings they should check;
     * {@code changedSince} (an ISO instant) keeps those changed at or after it, spaces included, for a client
     * catching up after a dropped live connection.
     */
    @GetMapping
    Paged<ActivityView> list(@RequestParam(required = false) String group,
                             @RequestParam(required = false) String venue,
                             @RequestParam(required = false) String organiser,
                             @RequestParam(required = false) String locality,
                             @RequestParam(required = false) Boolean stale,
                             @RequestParam(defaultValue = "ACTIVE") Showing showing,
                             @RequestParam(defaultValue = "NAME") ListOrder sort,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant changedSince,
                             @Valid @ParameterObject PageRequest page) {
        return activities.list(new Activities.Filter(group, venue, organiser, locality, stale, showing, sort,
                changedSince), page);
    }

    /** Public. */
    @GetMapping("/{id}")
    ResponseEntity<ActivityView> get(@PathVariable String id) {
        return Versioned.ok(activities.get(id), ActivityView::version);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ActivityView> create(@AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody NewActivity activity) {
        var created = edits.create(user.accountId(), activity);
        return Versioned.created(URI.create("/api/activities/" + created.id()), created, ActivityView::version);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    @RetriedWhenTransient
    ResponseEntity<ActivityView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                        @Valid @RequestBody ActivityChanges changes) {
        return Versioned.ok(edits.change(id, user.accountId(), changes), ActivityView::version);
    }

    @PutMapping("/{id}/spaces")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<ActivityView> changeSpaces(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                              @Valid @RequestBody SpacesLeft spaces) {
        return Versioned.ok(edits.changeSpaces(id, user.accountId(), spaces), ActivityView::version);
    }

    /** "Still running as listed": clears the stale flag without changing anything else. */
    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<ActivityView> confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(edits.confirm(id, user.accountId(), version.version()), ActivityView::version);
    }

    /**
     * An organiser cancels one session, or changes where or when it is held, with a note for the people coming.
     * The date must be one the timetable has; a second change to the same date replaces the first, given the first's
     * version (without one, a change someone else made meanwhile is a 409, not overwritten).
     */
    @PutMapping("/{id}/sessions/{date}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<ActivityView> changeSession(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                               @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                               @Valid @RequestBody SessionChangeRequest change) {
        return Versioned.ok(sessions.change(id, date, user.accountId(), change), ActivityView::version);
    }

    /**
     * Takes a session's change back: it is on as the timetable says. {@code version} is the change's version you saw
     * (the session's {@code changeVersion}); one changed again since is a 409.
     */
    @DeleteMapping("/{id}/sessions/{date}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<ActivityView> undoSessionChange(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                                   @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                   LocalDate date, @RequestParam long version) {
        return Versioned.ok(sessions.undo(id, date, user.accountId(), version), ActivityView::version);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<ActivityView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(edits.setStatus(id, user.accountId(), version.version(), ListingStatus.ARCHIVED),
                ActivityView::version);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<ActivityView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(edits.setStatus(id, user.accountId(), version.version(), ListingStatus.ACTIVE),
                ActivityView::version);
    }
}
