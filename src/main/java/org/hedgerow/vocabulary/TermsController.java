package org.hedgerow.vocabulary;

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

/**
 * The network's vocabulary, {@code /api/categories} and {@code /api/needs}: read by anyone, looked after
 * by admins.
 */
@RestController
@RequestMapping("/api/{terms:categories|needs}")
class VocabularyController {

    private final Vocabulary vocabulary;

    VocabularyController(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private static Vocabulary.Kind kind(String terms) {
        return "needs".equals(terms) ? Vocabulary.Kind.NEED : Vocabulary.Kind.CATEGORY;
    }

    @GetMapping
    Paged<TermView> list(@PathVariable String terms, @RequestParam(defaultValue = "ACTIVE") Showing showing,
                         @Valid PageRequest page) {
        return vocabulary.list(kind(terms), showing, page);
    }

    @GetMapping("/{code}")
    ResponseEntity<TermView> get(@PathVariable String terms, @PathVariable String code) {
        return Versioned.ok(vocabulary.get(kind(terms), code), TermView::version);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> create(@PathVariable String terms, @AuthenticationPrincipal SignedInUser user,
                                    @Valid @RequestBody NewTerm term) {
        var created = vocabulary.create(kind(terms), user.accountId(), term);
        return Versioned.created(URI.create("/api/" + terms + "/" + created.code()), created, TermView::version);
    }

    @PatchMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> change(@PathVariable String terms, @AuthenticationPrincipal SignedInUser user,
                                    @PathVariable String code,
                                    @Valid @RequestBody TermChanges changes) {
        return Versioned.ok(vocabulary.change(kind(terms), code, user.accountId(), changes, null), TermView::version);
    }

    @PostMapping("/{code}/archive")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> archive(@PathVariable String terms, @AuthenticationPrincipal SignedInUser user,
                                    @PathVariable String code,
                                     @Valid @RequestBody Version version) {
        return Versioned.ok(vocabulary.change(kind(terms), code, user.accountId(),
                new TermChanges(null, null, version.version()), ListingStatus.ARCHIVED), TermView::version);
    }

    @PostMapping("/{code}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> restore(@PathVariable String terms, @AuthenticationPrincipal SignedInUser user,
                                    @PathVariable String code,
                                     @Valid @RequestBody Version version) {
        return Versioned.ok(vocabulary.change(kind(terms), code, user.accountId(),
                new TermChanges(null, null, version.version()), ListingStatus.ACTIVE), TermView::version);
    }
}
