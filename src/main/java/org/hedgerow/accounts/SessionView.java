package org.hedgerow.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the browser app needs to know it. {@code passkeyStep} is set while a password sign-in
 * waits for its passkey step (the account's role requires passkeys); until then the session has no role.
 */
record SessionView(String accountId, String username, String displayName, Role role,
                   AccountView.@Nullable Link actsAs, AccountView.@Nullable Link place,
                   @Nullable PasskeyStep passkeyStep) {

    static SessionView of(SignedInUser user) {
        return of(user, null);
    }

    static SessionView of(SignedInUser user, @Nullable PasskeyStep passkeyStep) {
        return new SessionView(user.accountId(), user.getUsername(), user.displayName(), user.role(),
                user.actsAsId() == null ? null : new AccountView.Link(user.actsAsId(), user.actsAsName()),
                user.placeCode() == null ? null : new AccountView.Link(user.placeCode(), user.placeName()),
                passkeyStep);
    }
}
