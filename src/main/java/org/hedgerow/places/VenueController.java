package org.hedgerow.places;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.Showing;
import org.hedgerow.core.Version;
import org.hedgerow.core.Versioned;

import java.net.URI;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/venues")
class VenueController {

    private final Venues venues;

    VenueController(Venues venues) {
        this.venues = venues;
    }

    /** Public. {@code locality}: only venues in that locality or any locality within it. */
    @GetMapping
    Paged<VenueView> list(@RequestParam(required = false) String locality,
                       @RequestParam(defaultValue = "ACTIVE") Showing showing, @Valid @ParameterObject PageRequest page) {
        return venues.list(locality, showing, page);
    }

    /** Public. */
    @GetMapping("/{id}")
    ResponseEntity<VenueView> get(@PathVariable String id) {
        return Versioned.ok(venues.get(id), VenueView::version);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VenueView> create(@AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody NewVenue venue) {
        var created = venues.create(user.accountId(), venue);
        return Versioned.created(URI.create("/api/venues/" + created.id()), created, VenueView::version);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<VenueView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                        @Valid @RequestBody VenueChanges changes) {
        return Versioned.ok(venues.change(id, user.accountId(), changes), VenueView::version);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<VenueView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(venues.setStatus(id, user.accountId(), version.version(), ListingStatus.ARCHIVED),
                VenueView::version);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<VenueView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(venues.setStatus(id, user.accountId(), version.version(), ListingStatus.ACTIVE),
                VenueView::version);
    }
}
