package org.hedgerow.accounts;

import org.jspecify.annotations.Nullable;

/** Who is signed in, as the browser app needs to know it. */
record SessionView(String accountId, String username, String displayName, Role role,
                   AccountView.@Nullable Link actsAs, AccountView.@Nullable Link place) {

    static SessionView of(SignedInUser user) {
        return new SessionView(user.accountId(), user.getUsername(), user.displayName(), user.role(),
                user.actsAsId() == null ? null : new AccountView.Link(user.actsAsId(), user.actsAsName()),
                user.placeCode() == null ? null : new AccountView.Link(user.placeCode(), user.placeName()));
    }
}
