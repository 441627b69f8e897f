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
@RequestMapping("/api/localities")
class LocalityController {

    private final Localities localities;

    LocalityController(Localities localities) {
        this.localities = localities;
    }

    /** Public. {@code within}: only localities inside that one, at any depth. */
    @GetMapping
    Paged<LocalityView> list(@RequestParam(required = false) String within,
                             @RequestParam(required = false) LocalityKind kind,
                             @RequestParam(defaultValue = "ACTIVE") Showing showing, @Valid @ParameterObject PageRequest page) {
        return localities.list(within, kind, showing, page);
    }

    /** Public; by id or code. */
    @GetMapping("/{idOrCode}")
    ResponseEntity<LocalityView> get(@PathVariable String idOrCode) {
        return Versioned.ok(localities.get(idOrCode), LocalityView::version);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LocalityView> create(@AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody NewLocality locality) {
        var created = localities.create(user.accountId(), locality);
        return Versioned.created(URI.create("/api/localities/" + created.id()), created, LocalityView::version);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<LocalityView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                        @Valid @RequestBody LocalityChanges changes) {
        return Versioned.ok(localities.change(id, user.accountId(), changes), LocalityView::version);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<LocalityView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(localities.setStatus(id, user.accountId(), version.version(), ListingStatus.ARCHIVED),
                LocalityView::version);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<LocalityView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(localities.setStatus(id, user.accountId(), version.version(), ListingStatus.ACTIVE),
                LocalityView::version);
    }
}
