package org.hedgerow.imports;

import java.util.List;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The hosts feeds may be fetched from: admins keep the list; facilitators may read it. */
@RestController
@RequestMapping("/api/imports/allowed-hosts")
class AllowedHostController {

    private final FeedHosts hosts;

    AllowedHostController(FeedHosts hosts) {
        this.hosts = hosts;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    List<FeedHosts.AllowedHost> list() {
        return hosts.list();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    FeedHosts.AllowedHost allow(@AuthenticationPrincipal SignedInUser user,
                                @Valid @RequestBody ImportRequests.AllowHost request) {
        return hosts.allow(request.host(), user.getUsername());
    }

    @DeleteMapping("/{host}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String host) {
        if (!hosts.remove(host)) {
            throw new NotFoundException(host + " is not on the list of allowed feed hosts.");
        }
    }
}
