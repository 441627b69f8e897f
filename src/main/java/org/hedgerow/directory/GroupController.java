package org.hedgerow.directory;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/groups")
class GroupController {

    private final GroupEdits groups;

    GroupController(GroupEdits groups) {
        this.groups = groups;
    }

    /** Public: anyone may read the directory. */
    @GetMapping("/{id}")
    ResponseEntity<GroupView> get(@PathVariable String id) {
        var group = groups.view(id);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + group.version() + "\"").body(group);
    }

    /** Providers change their own groups; facilitators the groups of their place; admins any. */
    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    ResponseEntity<GroupView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                     @Valid @RequestBody GroupChanges changes) {
        var group = groups.change(id, user.accountId(), changes);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + group.version() + "\"").body(group);
    }
}
