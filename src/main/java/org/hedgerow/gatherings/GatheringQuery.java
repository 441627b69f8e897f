package org.hedgerow.gatherings;

import java.util.List;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gatherings as each person may see them: a facilitator those held within their place, an admin all, an organiser
 * those a group of theirs is invited to. Soonest-starting last: the newest first.
 */
@Component
class GatheringQuery {

    private static final String LIST = """
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            CALL (account) {
                MATCH (g:Gathering) WHERE account.role = 'ADMIN'
                RETURN g
                UNION
                MATCH (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:HELD_IN]-(g:Gathering)
                WHERE account.role = 'FACILITATOR'
                RETURN g
                UNION
                MATCH (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(:Group)-[:INVITED_TO]->(g:Gathering)
                WHERE account.role = 'PROVIDER'
                RETURN g
            }
            WITH account, g ORDER BY g.startsAt DESC, g.id
            WITH account, collect(g) AS listed
            RETURN size(listed) AS total, [g IN listed[$skip..$skip + $size] | %s] AS page
            """.formatted(GatheringRows.VIEW);

    private static final String ONE = """
            OPTIONAL MATCH (g:Gathering {id: $id})
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            WITH g, account WHERE %s
            RETURN %s AS gathering
            """.formatted(GatheringRows.MAY_SEE, GatheringRows.VIEW);

    private record Listing(long total, List<GatheringView> page) {
    }

    private final Neo4jClient neo4j;

    GatheringQuery(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    Paged<GatheringView> list(String accountId, PageRequest page) {
        var listing = Rows.fetch(neo4j.query(LIST).bind(accountId).to("accountId")
                .bind(page.skip()).to("skip").bind(page.sizeOrDefault()).to("size"), Listing.class)
                .one().orElse(new Listing(0, List.of()));
        return new Paged<>(listing.page(), page.pageOrFirst(), page.sizeOrDefault(), listing.total());
    }

    /** The gathering if the account may see it; else 404, as if there were none (its existence is not told). */
    @Transactional(readOnly = true)
    GatheringView one(String id, String accountId) {
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id").bind(accountId).to("accountId"), "gathering",
                        GatheringView.class)
                .one().orElseThrow(() -> new NotFoundException("There is no gathering " + id + "."));
    }
}
