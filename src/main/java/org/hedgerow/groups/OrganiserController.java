package org.hedgerow.groups;

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
@RequestMapping("/api/organisers")
class OrganiserController {

    private final Organisers organisers;

    OrganiserController(Organisers organisers) {
        this.organisers = organisers;
    }

    /** Public. {@code group}: only the organisers of that group. */
    @GetMapping
    Paged<OrganiserView> list(@RequestParam(required = false) String group,
                       @RequestParam(defaultValue = "ACTIVE") Showing showing, @Valid @ParameterObject PageRequest page) {
        return organisers.list(group, showing, page);
    }

    /** Public. */
    @GetMapping("/{id}")
    ResponseEntity<OrganiserView> get(@PathVariable String id) {
        return Versioned.ok(organisers.get(id), OrganiserView::version);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OrganiserView> create(@AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody NewOrganiser organiser) {
        var created = organisers.create(user.accountId(), organiser);
        return Versioned.created(URI.create("/api/organisers/" + created.id()), created, OrganiserView::version);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<OrganiserView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                        @Valid @RequestBody OrganiserChanges changes) {
        return Versioned.ok(organisers.change(id, user.accountId(), changes), OrganiserView::version);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<OrganiserView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(organisers.setStatus(id, user.accountId(), version.version(), ListingStatus.ARCHIVED),
                OrganiserView::version);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<OrganiserView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                         @Valid @RequestBody Version version) {
        return Versioned.ok(organisers.setStatus(id, user.accountId(), version.version(), ListingStatus.ACTIVE),
                OrganiserView::version);
    }
}
