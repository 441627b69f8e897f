package org.hedgerow.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One passkey as its holder (or an admin) sees it: the credential id (base64url), the name given when it was
 * added, when it was added and when it was last used to sign in (null: never).
 */
record PasskeyView(String id, String label, Instant createdAt, @Nullable Instant lastUsedAt) {
}
