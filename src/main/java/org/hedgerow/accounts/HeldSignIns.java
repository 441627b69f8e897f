package org.hedgerow.accounts;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Whether sign-ins held outside any request are still current. A live socket keeps the sign-in of its handshake for
 * as long as it stays open and makes no request that would find it ended; {@link SignInsRenewed} closes it when the
 * account's sign-ins are renewed through the app, and this, asked now and then, catches what that cannot: a renewal
 * announced on Redis that an instance did not hear, a stamp changed in the graph by hand, a handshake that slipped in
 * just before a renewal's commit with the stamp it replaced.
 */
@Component
public class HeldSignIns {

    private final AccountStore accounts;
    private final SessionStamps stamps;

    HeldSignIns(AccountStore accounts, SessionStamps stamps) {
        this.accounts = accounts;
        this.stamps = stamps;
    }

    /**
     * Those of the sign-ins given (the very instances) that have ended since they were made: the account's stamp
     * renewed, the account disabled or gone. Throws if the graph cannot be asked, so that nothing is taken for ended
     * on no answer. The stamps this instance holds for the ended ones' accounts are forgotten, so that a socket closed
     * for it that reconnects at once is checked against the graph, not let in again by the stamp it was opened with.
     */
    public Set<SignedInUser> ended(Collection<SignedInUser> signIns) {
        Set<SignedInUser> ended = Collections.newSetFromMap(new IdentityHashMap<>());
        if (signIns.isEmpty()) {
            return ended;
        }
        var current = accounts.currentStamps(signIns.stream().map(SignedInUser::accountId).distinct().toList());
        for (var signIn : signIns) {
            if (!signIn.sessionStamp().equals(current.get(signIn.accountId()))) {
                ended.add(signIn);
                stamps.forget(signIn.accountId());
            }
        }
        return ended;
    }
}
