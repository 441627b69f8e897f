package org.hedgerow.accounts;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.hedgerow.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One's own passkeys. They are added through Spring Security's WebAuthn endpoints ({@code POST
 * /webauthn/register/options}, then {@code POST /webauthn/register}); here they are listed and removed.
 */
@RestController
@RequestMapping("/api/account/passkeys")
class PasskeyController {

    private final PasskeyStore passkeys;

    PasskeyController(PasskeyStore passkeys) {
        this.passkeys = passkeys;
    }

    @GetMapping
    @Operation(summary = "The signed-in person's passkeys, oldest first")
    List<PasskeyView> list(@AuthenticationPrincipal SignedInUser user) {
        return passkeys.of(user.accountId());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes one of the signed-in person's passkeys (audited)")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        if (!passkeys.remove(user.accountId(), id)) {
            throw new NotFoundException("You have no passkey " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }
}
