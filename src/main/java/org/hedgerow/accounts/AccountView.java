package org.hedgerow.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as admins see it (never its password hash).
 *
 * @param actsAs the organiser or link worker it acts as, if any
 * @param place  the place a facilitator looks after, if any
 */
public record AccountView(String id, String username, String displayName, Role role, boolean enabled,
                          @Nullable Link actsAs, @Nullable Link place, boolean demo, Instant createdAt, long version) {

    /** A named thing the account is linked to: an organiser, link worker (by id) or locality (by code). */
    public record Link(String id, String name) {
    }
}
