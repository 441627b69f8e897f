package org.hedgerow.insights;

import java.util.List;
import java.util.Map;

import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Period;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which place an insight is about, and who may see it. Every insight statement starts with {@link #ACCESS}, so the
 * rule and the figures are read in one statement: it binds {@code place} (the locality asked for) and
 * {@code maySee}, and the statement returns {@code exists} and {@code maySee} in its {@link Row} for {@link #read} to
 * turn into 404 or 403.
 * A facilitator sees the place they facilitate and everything within it; an admin sees everything.
 */
@Component
class Places {

    /** Binds {@code account}, {@code place} and {@code maySee} from {@code $accountId} and {@code $place}. */
    static final String ACCESS = """
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            OPTIONAL MATCH (place:Locality {code: $place})
            WITH account, place, place IS NOT NULL AND account IS NOT NULL AND (account.role = 'ADMIN'
                 OR (account.role = 'FACILITATOR'
                     AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(place) })) AS maySee
            """;

    /** {@code localities}: the place and every locality within it, at any depth (empty unless {@code maySee}). */
    static final String LOCALITIES = """
            CALL (place, maySee) {
                OPTIONAL MATCH (place)<-[:WITHIN*0..]-(l:Locality) WHERE maySee
                RETURN collect(l) AS localities
            }
            """;

    // The statements below leave out labels that their relationship types imply (only venues are IN a locality,
    // only activities HELD_AT a venue, only referrals MADE_BY someone, ...): on the 100k-activity benchmark each label
    // check was a database hit per row, some 100,000 of them for the biggest place.

    /**
     * The activities located in locality {@code l}: held at a venue in it (every activity has a venue). Used inside a
     * {@code CALL (l) { … }}; returns {@code a}.
     */
    static final String ACTIVITIES_IN_LOCALITY = """
            MATCH (l)<-[:IN]-(venue)<-[:HELD_AT]-(a)
            RETURN a
            """;

    /**
     * The referrals made from locality {@code l} in the period: by a link worker of a PCN covering it, or onward by
     * an organiser of a group based in it. A PCN covering several localities counts its referrals in each (and an
     * organiser of groups in several, in each). Found from the referrers, not from the activities referred to: an
     * activity's many referrals over all time are never read. Used inside a {@code CALL (l) { … }}; returns {@code r}.
     */
    static final String REFERRALS_FROM_LOCALITY = """
            MATCH (l)<-[:COVERS]-(pcn)<-[:WORKS_FOR]-(worker)<-[:MADE_BY]-(r)
            WHERE r.createdAt >= $from AND r.createdAt < $to
            RETURN r
            UNION
            MATCH (l)<-[:BASED_IN]-(grp)<-[:ORGANISES]-(who)<-[:MADE_BY]-(r)
            WHERE r.createdAt >= $from AND r.createdAt < $to
            RETURN r
            """;

    /**
     * The people who make referrals from locality {@code l}: link workers of a PCN covering it, and organisers of a
     * group based in it (each once, though they be both), so their tallies count {@link #REFERRALS_FROM_LOCALITY}
     * without reading a referral. Used inside a {@code CALL (l) { … }}; returns {@code who}.
     */
    static final String REFERRERS_IN_LOCALITY = """
            MATCH (l)<-[:COVERS]-(pcn)<-[:WORKS_FOR]-(who)
            RETURN who
            UNION
            MATCH (l)<-[:BASED_IN]-(grp)<-[:ORGANISES]-(who)
            RETURN who
            """;

    private static final String ROOTS = """
            MATCH (root:Locality) WHERE NOT EXISTS { (root)-[:WITHIN]->(:Locality) }
            RETURN root.code ORDER BY root.code LIMIT 20
            """;

    /** The one row of an insight statement: whether its place exists and the account may see it, then its figures. */
    interface Row {

        boolean exists();

        boolean maySee();
    }

    private final Neo4jClient neo4j;

    Places(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The place asked for, or by default the facilitator's own place, or for an admin the top of the tree (when
     * there is one top; with several an admin has to choose).
     */
    String placeFor(SignedInUser user, String locality) {
        if (locality != null && !locality.isBlank()) {
            return locality.strip();
        }
        if (user.role() == Role.FACILITATOR && user.placeCode() != null) {
            return user.placeCode();
        }
        if (user.role() == Role.ADMIN) {
            List<String> roots = List.copyOf(neo4j.query(ROOTS).fetchAs(String.class).all());
            if (roots.size() == 1) {
                return roots.getFirst();
            }
            if (!roots.isEmpty()) {
                throw new InvalidRequestException("locality", "choose a place; the top-level ones are " + roots);
            }
            throw new NotFoundException("The network has no localities yet.");
        }
        throw new ForbiddenException("Only facilitators (for their place) and admins see network insights.");
    }

    /**
     * The one row of an insight statement that starts with {@link #ACCESS}, for {@code place} over {@code period} as
     * the account ({@code $accountId}, {@code $place}, {@code $from}, {@code $to}) with the statement's own
     * {@code parameters}, as a {@code type}; 404 or 403 instead when the place is unknown or not the account's to see.
     */
    <T extends Row> T read(String statement, String place, Period period, String accountId,
                           Map<String, Object> parameters, Class<T> type) {
        var row = Rows.fetch(neo4j.query(statement).bindAll(parameters)
                .bind(accountId).to("accountId").bind(place).to("place")
                .bind(period.start()).to("from").bind(period.end()).to("to"), type).one().orElseThrow();
        if (!row.exists()) {
            throw new NotFoundException("There is no locality " + place + ".");
        }
        if (!row.maySee()) {
            throw new ForbiddenException("Facilitators see insights for the place they facilitate and what is "
                    + "within it; " + place + " is outside yours.");
        }
        return row;
    }
}
