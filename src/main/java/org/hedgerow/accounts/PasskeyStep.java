package org.hedgerow.accounts;

/**
 * What a person signed in with a password must still do before their session gets its role, when their role
 * requires a passkey. CONFIRM: confirm with one of their passkeys. ENROL: they have none yet and may add one
 * now (their one-time grace), then confirm with it. ASK_ADMIN: they have none and no grace (an admin removed
 * their passkeys): an admin must grant a grace first.
 */
enum PasskeyStep {
    CONFIRM, ENROL, ASK_ADMIN
}
