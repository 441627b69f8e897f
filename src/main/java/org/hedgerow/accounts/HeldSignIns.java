package org.hedgerow.accounts;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
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

    /** The current stamp of each enabled account, in one statement however many are asked for. */
    private static final String CURRENT = """
            UNWIND $accountIds AS id
            MATCH (a:Account {id: id}) WHERE a.enabled
            RETURN a.id AS accountId, coalesce(a.sessionStamp, '') AS stamp
            """;

    private record Current(String accountId, String stamp) {
    }

    private final Neo4jClient neo4j;
    private final SessionStamps stamps;

    HeldSignIns(Neo4jClient neo4j, SessionStamps stamps) {
        this.neo4j = neo4j;
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
        var accountIds = signIns.stream().map(SignedInUser::accountId).distinct().toList();
        var current = Rows.fetch(neo4j.query(CURRENT).bind(accountIds).to("accountIds"), Current.class).all().stream()
                .collect(Collectors.toMap(Current::accountId, Current::stamp));
        for (var signIn : signIns) {
            if (!signIn.sessionStamp().equals(current.get(signIn.accountId()))) {
                ended.add(signIn);
                stamps.forget(signIn.accountId());
            }
        }
        return ended;
    }
}
