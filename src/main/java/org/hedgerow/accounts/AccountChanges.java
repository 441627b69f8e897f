package org.hedgerow.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/**
 * An admin's change to an account; absent fields stay as they are. A new role needs its link, as when
 * opening an account: {@code actsAs} for PROVIDER and LINK_WORKER, {@code place} for FACILITATOR.
 *
 * @param version the version the admin saw; a different current version means someone else changed it
 */
public record AccountChanges(
        @Size(min = 1, max = 80) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String displayName,
        @Nullable Boolean enabled, @Nullable Role role, @Size(max = 100) @Nullable String actsAs,
        @Size(max = 40) @Nullable String place, @NotNull Long version) {
}
