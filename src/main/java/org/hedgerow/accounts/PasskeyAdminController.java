package org.hedgerow.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.hedgerow.core.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins: which roles must confirm sign-in with a passkey, and recovery when someone loses the device that
 * held theirs (remove the account's passkeys, and grant a one-time grace to add a new one). All audited.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class PasskeyAdminController {

    private final PasskeyRequirements requirements;
    private final PasskeyStore passkeys;
    private final AccountStore accounts;

    PasskeyAdminController(PasskeyRequirements requirements, PasskeyStore passkeys, AccountStore accounts) {
        this.requirements = requirements;
        this.passkeys = passkeys;
        this.accounts = accounts;
    }

    @GetMapping("/api/passkey-requirements")
    @Operation(summary = "The roles that must confirm a password sign-in with a passkey")
    PasskeyRequirementsView requirements() {
        return new PasskeyRequirementsView(List.copyOf(requirements.roles()));
    }

    @PutMapping("/api/passkey-requirements")
    @Operation(summary = "Sets the roles that must confirm a password sign-in with a passkey (provider, link "
            + "worker, admin); it applies from each person's next sign-in")
    PasskeyRequirementsView require(@Valid @RequestBody PasskeyRequirementsView change) {
        var refused = new LinkedHashMap<String, String>();
        for (int i = 0; i < change.roles().size(); i++) {
            if (!PasskeyRequirements.ELIGIBLE.contains(change.roles().get(i))) {
                refused.put("roles[" + i + "]", "passkeys may be required of PROVIDER, LINK_WORKER or ADMIN, the "
                        + "roles that read personal data");
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(refused);
        }
        requirements.replace(Set.copyOf(change.roles()));
        return requirements();
    }

    @GetMapping("/api/accounts/{id}/passkeys")
    @Operation(summary = "An account's passkeys")
    List<PasskeyView> passkeys(@PathVariable String id) {
        accounts.get(id);
        return passkeys.of(id);
    }

    @DeleteMapping("/api/accounts/{id}/passkeys")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Recovery for a lost device: removes all of the account's passkeys; with grace=true the "
            + "person may add one new passkey after their password, otherwise they must ask again")
    ResponseEntity<Void> removeAll(@PathVariable String id, @RequestParam(defaultValue = "false") boolean grace) {
        passkeys.removeAll(id, grace);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/{id}/passkeys/grace")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lets the account add one passkey after its password alone, while it has none")
    ResponseEntity<Void> grantGrace(@PathVariable String id) {
        passkeys.grantGrace(id);
        return ResponseEntity.noContent().build();
    }
}
