package org.hedgerow.directory;

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

/** The categories activities can be listed under: read by anyone, looked after by admins. */
@RestController
@RequestMapping("/api/categories")
class CategoryController {

    private static final Vocabulary.Kind KIND = Vocabulary.Kind.CATEGORY;

    private final Vocabulary vocabulary;

    CategoryController(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping
    Paged<TermView> list(@RequestParam(defaultValue = "ACTIVE") Showing showing, @Valid PageRequest page) {
        return vocabulary.list(KIND, showing, page);
    }

    @GetMapping("/{code}")
    ResponseEntity<TermView> get(@PathVariable String code) {
        return Versioned.ok(vocabulary.get(KIND, code), TermView::version);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewTerm term) {
        var created = vocabulary.create(KIND, user.accountId(), term);
        return Versioned.created(URI.create("/api/categories/" + created.code()), created, TermView::version);
    }

    @PatchMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                                    @Valid @RequestBody TermChanges changes) {
        return Versioned.ok(vocabulary.change(KIND, code, user.accountId(), changes, null), TermView::version);
    }

    @PostMapping("/{code}/archive")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                                     @Valid @RequestBody Version version) {
        return Versioned.ok(vocabulary.change(KIND, code, user.accountId(),
                new TermChanges(null, null, version.version()), ListingStatus.ARCHIVED), TermView::version);
    }

    @PostMapping("/{code}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                                     @Valid @RequestBody Version version) {
        return Versioned.ok(vocabulary.change(KIND, code, user.accountId(),
                new TermChanges(null, null, version.version()), ListingStatus.ACTIVE), TermView::version);
    }
}
