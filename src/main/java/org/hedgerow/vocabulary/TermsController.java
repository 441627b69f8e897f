package org.hedgerow.vocabulary;

import org.springdoc.core.annotations.ParameterObject;
import java.net.URI;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Showing;
import org.hedgerow.core.Version;
import org.hedgerow.core.Versioned;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * One list of the network's vocabulary, read by anyone and looked after by admins: {@link CategoryController}
 * at {@code /api/categories} and {@link NeedController} at {@code /api/needs}, each its own path in the contract
 * so that a client finds the codes where it looks for them.
 */
abstract class TermsController {

    private final Vocabulary vocabulary;
    private final Vocabulary.Kind kind;
    private final String path;

    TermsController(Vocabulary vocabulary, Vocabulary.Kind kind, String path) {
        this.vocabulary = vocabulary;
        this.kind = kind;
        this.path = path;
    }

    @GetMapping
    Paged<TermView> list(@RequestParam(defaultValue = "ACTIVE") Showing showing, @Valid @ParameterObject PageRequest page) {
        return vocabulary.list(kind, showing, page);
    }

    @GetMapping("/{code}")
    ResponseEntity<TermView> get(@PathVariable String code) {
        return Versioned.ok(vocabulary.get(kind, code), TermView::version);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TermView> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewTerm term) {
        var created = vocabulary.create(kind, user.accountId(), term);
        return Versioned.created(URI.create(path + "/" + created.code()), created, TermView::version);
    }

    @PatchMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> change(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                                    @Valid @RequestBody TermChanges changes) {
        return Versioned.ok(vocabulary.change(kind, code, user.accountId(), changes, null), TermView::version);
    }

    @PostMapping("/{code}/archive")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> archive(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                                     @Valid @RequestBody Version version) {
        return Versioned.ok(vocabulary.change(kind, code, user.accountId(),
                new TermChanges(null, null, version.version()), ListingStatus.ARCHIVED), TermView::version);
    }

    @PostMapping("/{code}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TermView> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                                     @Valid @RequestBody Version version) {
        return Versioned.ok(vocabulary.change(kind, code, user.accountId(),
                new TermChanges(null, null, version.version()), ListingStatus.ACTIVE), TermView::version);
    }
}
