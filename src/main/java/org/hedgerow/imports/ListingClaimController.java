package org.hedgerow.imports;

import java.util.List;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.MayRefuse;
import org.hedgerow.core.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Where an imported listing came from (public), and organisers' claims on imported groups. */
@RestController
@RequestMapping("/api/imports")
class ListingClaimController {

    private final ListingStore listings;
    private final ListingClaims claims;

    ListingClaimController(ListingStore listings, ListingClaims claims) {
        this.listings = listings;
        this.claims = claims;
    }

    /** Public: the feed a group, activity or venue was imported from; empty if it was not imported. */
    @GetMapping("/sources/{listing}")
    List<ListingStore.Source> source(@PathVariable String listing) {
        return listings.sourcesOf(listing);
    }

    /** An organiser claims an imported group (or the group of an imported activity) as theirs. */
    @PostMapping("/claims")
    @PreAuthorize("hasRole('PROVIDER')")
    @ResponseStatus(HttpStatus.CREATED)
    @MayRefuse(404)
    ListingClaims.ClaimView claim(@AuthenticationPrincipal SignedInUser user,
                                  @Valid @RequestBody ImportRequests.NewClaim request) {
        var group = listings.sourcesOf(request.listing()).stream().map(ListingStore.Source::groupId)
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new NotFoundException(request.listing() + " is not an imported group or activity."));
        return claims.claim(user.accountId(), group, request.note());
    }

    /** Claims this account made, or may decide (admins; facilitators within their place). */
    @GetMapping("/claims")
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    List<ListingClaims.ClaimView> claims(@AuthenticationPrincipal SignedInUser user,
                                         @RequestParam(required = false) ListingClaims.@Nullable ClaimStatus status) {
        return claims.list(user.accountId(), status);
    }

    @PostMapping("/claims/{id}/approve")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ListingClaims.ClaimView approve(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return claims.decide(id, user.accountId(), true);
    }

    @PostMapping("/claims/{id}/decline")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ListingClaims.ClaimView decline(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return claims.decide(id, user.accountId(), false);
    }
}
