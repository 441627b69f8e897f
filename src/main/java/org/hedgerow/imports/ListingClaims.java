package org.hedgerow.imports;

import java.time.Instant;
import java.util.List;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.hedgerow.groups.Groups;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real organiser of an imported group asks to take it over; an admin or a facilitator of its place approves.
 * Approved, the organiser joins the group (through the groups module) and the group and its activities are marked
 * claimed, so later imports leave them as the organiser keeps them.
 */
@Component
class ListingClaims {

    private static final String CLAIM = """
            MATCH (account:Account {id: $accountId})-[:ACTS_AS]->(o:Organiser) WHERE account.enabled
            MATCH (l:ImportedListing {kind: 'GROUP'})-[:LISTS]->(g:Group {id: $groupId})
            WHERE l.claimedBy IS NULL
            MERGE (c:ListingClaim {groupId: g.id, organiserId: o.id, status: 'PENDING'})
            ON CREATE SET c.id = randomUUID(), c.accountId = account.id, c.at = datetime(), c.note = $note
            RETURN c.id
            """;

    private static final String LIST = """
            %s
            MATCH (c:ListingClaim)
            WHERE ($status IS NULL OR c.status = $status)
            MATCH (g:Group {id: c.groupId})
            WHERE account.role = 'ADMIN' OR c.accountId = account.id OR (account.role = 'FACILITATOR'
                  AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g) })
            RETURN c {.id, .groupId, .organiserId, .status, .note, at: c.at, groupName: g.name,
                      organiserName: COLLECT { MATCH (o:Organiser {id: c.organiserId}) RETURN o.name }[0]} AS claim
            ORDER BY c.at DESC LIMIT 200
            """.formatted("OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled");

    private static final String ONE = """
            MATCH (c:ListingClaim {id: $id})
            MATCH (g:Group {id: c.groupId})
            RETURN c {.id, .groupId, .organiserId, .status, .note, at: c.at, groupName: g.name,
                      organiserName: COLLECT { MATCH (o:Organiser {id: c.organiserId}) RETURN o.name }[0]} AS claim
            """;

    private static final String DECIDE = """
            MATCH (c:ListingClaim {id: $id}) WHERE c.status = 'PENDING'
            SET c.status = $status, c.decidedBy = $accountId, c.decidedAt = datetime()
            RETURN count(c) > 0
            """;

    /** The group's listing and its activities' listings are now kept by the organiser. */
    private static final String MARK_CLAIMED = """
            MATCH (g:Group {id: $groupId})
            CALL (g) {
                MATCH (l:ImportedListing)-[:LISTS]->(g) RETURN l
                UNION
                MATCH (l:ImportedListing)-[:LISTS]->(:Activity)<-[:RUNS]-(g) RETURN l
            }
            SET l.claimedBy = $organiserId, l.claimedAt = datetime()
            """;

    private static final String MAY_DECIDE = """
            MATCH (account:Account {id: $accountId}) WHERE account.enabled
            MATCH (g:Group {id: $groupId})
            RETURN account.role = 'ADMIN' OR (account.role = 'FACILITATOR'
                   AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g) })
            """;

    enum ClaimStatus {
        PENDING, APPROVED, DECLINED
    }

    /** A claim on an imported group by the organiser who says they run it. */
    record ClaimView(String id, String groupId, String groupName, String organiserId, @Nullable String organiserName,
                     ClaimStatus status, @Nullable String note, Instant at) {
    }

    private final Neo4jClient neo4j;
    private final Groups groups;

    ListingClaims(Neo4jClient neo4j, Groups groups) {
        this.neo4j = neo4j;
        this.groups = groups;
    }

    @Transactional
    ClaimView claim(String accountId, String groupId, @Nullable String note) {
        var id = neo4j.query(CLAIM).bind(accountId).to("accountId").bind(groupId).to("groupId").bind(note).to("note")
                .fetchAs(String.class).one().orElseThrow(() -> new NotFoundException("There is no unclaimed imported "
                        + "group " + groupId + " (or this account is not an organiser)."));
        return get(id);
    }

    List<ClaimView> list(String accountId, @Nullable ClaimStatus status) {
        return List.copyOf(Rows.fetch(neo4j.query(LIST).bind(accountId).to("accountId")
                .bind(status == null ? null : status.name()).to("status"), "claim", ClaimView.class).all());
    }

    ClaimView get(String id) {
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id"), "claim", ClaimView.class).one()
                .orElseThrow(() -> new NotFoundException("There is no claim " + id + "."));
    }

    @Transactional
    ClaimView decide(String id, String accountId, boolean approve) {
        var claim = get(id);
        if (!neo4j.query(MAY_DECIDE).bind(accountId).to("accountId").bind(claim.groupId()).to("groupId")
                .fetchAs(Boolean.class).one().orElse(false)) {
            throw new ForbiddenException("Only an admin or a facilitator of the group's place may decide a claim.");
        }
        if (!neo4j.query(DECIDE).bind(id).to("id").bind(approve ? "APPROVED" : "DECLINED").to("status")
                .bind(accountId).to("accountId").fetchAs(Boolean.class).one().orElse(false)) {
            throw new ConflictException("This claim has already been decided.");
        }
        if (approve) {
            groups.addOrganiser(claim.groupId(), accountId, claim.organiserId());
            neo4j.query(MARK_CLAIMED).bind(claim.groupId()).to("groupId").bind(claim.organiserId()).to("organiserId")
                    .run();
        }
        return get(id);
    }
}
