package org.hedgerow.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An admin's change to an account; absent fields stay as they are. A new role needs its link, as when
 * opening an account: {@code actsAs} for PROVIDER and LINK_WORKER, {@code place} for FACILITATOR.
 *
 * @param version the version the admin saw; a different current version means someone else changed it
 */
public record AccountChanges(@Size(min = 1, max = 80) String displayName, Boolean enabled, Role role,
                             @Size(max = 100) String actsAs, @Size(max = 40) String place,
                             @NotNull Long version) {
}
