package org.hedgerow.accounts;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import java.net.URI;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

/** Account management, for admins only. */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountController {

    private final AccountStore store;
    private final AccountService accounts;

    AccountController(AccountStore store, AccountService accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @GetMapping
    Paged<AccountView> list(@Valid @ParameterObject PageRequest page) {
        return store.page(page);
    }

    @GetMapping("/{id}")
    AccountView get(@PathVariable String id) {
        return store.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount account) {
        var created = accounts.create(account);
        return ResponseEntity.created(URI.create("/api/accounts/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    AccountView change(@AuthenticationPrincipal SignedInUser admin, @PathVariable String id,
                       @Valid @RequestBody AccountChanges changes) {
        return accounts.change(admin, id, changes);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resetPassword(@PathVariable String id, @Valid @RequestBody PasswordReset reset) {
        accounts.resetPassword(id, reset);
        return ResponseEntity.noContent().build();
    }
}
