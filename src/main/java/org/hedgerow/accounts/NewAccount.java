package org.hedgerow.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin gives to open an account.
 *
 * @param actsAs the organiser id (PROVIDER) or link worker id (LINK_WORKER) the account acts as
 * @param place  the locality code a FACILITATOR looks after
 */
public record NewAccount(
        @NotBlank @Size(min = 3, max = 40)
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits, '.', '_' or '-'")
        String username,
        @NotBlank @Size(max = 80) String displayName,
        @NotNull Role role,
        @Size(max = 100) @Nullable String actsAs,
        @Size(max = 40) @Nullable String place,
        @NotNull @Size(min = 12, max = 128, message = "must be 12 to 128 characters") String password) {
}
