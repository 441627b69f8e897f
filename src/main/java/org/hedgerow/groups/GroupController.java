package org.hedgerow.groups;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.hedgerow.core.ListOrder;
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
@RequestMapping("/api/groups")
class GroupController {

    private final Groups groups;

    GroupController(Groups groups) {
        this.groups = groups;
    }

    /** Public. {@code locality}: only groups based in that locality or any locality within it. */
    @GetMapping
    Paged<GroupView> list(@RequestParam(required = false) String locality,
                          @RequestParam(defaultValue = "ACTIVE") Showing showing,
                          @RequestParam(defaultValue = "NAME") ListOrder sort, @Valid @ParameterObject PageRequest page) {
        return groups.list(locality, showing, sort, page);
    }

    /** Public: anyone may read the directory. */
    @GetMapping("/{id}")
    ResponseEntity<GroupView> get(@PathVariable String id) {
        return Versioned.ok(groups.get(id), GroupView::version);
    }

    /** Providers (who become its lead organiser), facilitators within their place, admins. */
    @PostMapping
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<GroupView> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewGroup group) {
        var created = groups.create(user.accountId(), group);
        return Versioned.created(URI.create("/api/groups/" + created.id()), created, GroupView::version);
    }

    /** Providers change their own groups; facilitators the groups of their place; admins any. */
    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<GroupView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                     @Valid @RequestBody GroupChanges changes) {
        return Versioned.ok(groups.change(id, user.accountId(), changes), GroupView::version);
    }

    /**
     * An organiser leaves the group: they no longer run it, nor see the referrals sent to it. The organiser stays
     * (with any other groups of theirs).
     */
    @PostMapping("/{id}/organisers/{organiserId}/remove")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<GroupView> removeOrganiser(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                              @PathVariable String organiserId, @Valid @RequestBody Version version) {
        return Versioned.ok(groups.removeOrganiser(id, user.accountId(), organiserId, version.version()),
                GroupView::version);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<GroupView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                      @Valid @RequestBody Version version) {
        return Versioned.ok(groups.setStatus(id, user.accountId(), version.version(), ListingStatus.ARCHIVED),
                GroupView::version);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<GroupView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                      @Valid @RequestBody Version version) {
        return Versioned.ok(groups.setStatus(id, user.accountId(), version.version(), ListingStatus.ACTIVE),
                GroupView::version);
    }
}
