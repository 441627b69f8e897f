package org.hedgerow.connections;

import java.util.List;

import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An organiser's introductions, newest first, for that organiser's own account or an admin. */
@Component
class IntroductionQuery {

    private static final String LIST = """
            OPTIONAL MATCH (o:Organiser {id: $organiser})
            OPTIONAL MATCH (account:Account {id: $accountId})
            WITH o, o IS NOT NULL AND %s AS mayRead
            OPTIONAL CALL (o, mayRead) {
                WITH o WHERE mayRead
                MATCH (o)<-[side:FROM|TO]-(i:Introduction)
                WHERE ($direction IS NULL OR (type(side) = 'TO') = ($direction = 'incoming'))
                  AND ($status IS NULL OR i.status = $status)
                WITH i ORDER BY i.requestedAt DESC, i.id
                WITH collect(i) AS listed
                RETURN size(listed) AS total, [i IN listed[$skip..$skip + $size] | %s] AS page
            }
            RETURN o IS NOT NULL AS found, mayRead, total, page
            """.formatted(Introductions.mayActAs("o"), Introductions.VIEW);

    /** Whether the organiser was found and may be read by the account, and the page of introductions. */
    private record Listing(boolean found, boolean mayRead, long total, List<IntroductionView> page) {
    }

    private final Neo4jClient neo4j;

    IntroductionQuery(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * @param direction {@code incoming}, {@code outgoing} or null for both
     * @param status    one {@link IntroductionStatus} or null for all
     */
    @Transactional(readOnly = true)
    Paged<IntroductionView> list(String accountId, String organiserId, String direction, String status,
                                 PageRequest page) {
        var query = neo4j.query(LIST)
                .bind(organiserId).to("organiser").bind(accountId).to("accountId")
                .bind(direction).to("direction").bind(status).to("status")
                .bind(page.skip()).to("skip").bind(page.sizeOrDefault()).to("size");
        var outcome = Rows.fetch(query, Listing.class).one().orElseThrow();
        if (!outcome.found()) {
            throw new NotFoundException("There is no organiser " + organiserId + ".");
        }
        if (!outcome.mayRead()) {
            throw new ForbiddenException("Providers see their own introductions only.");
        }
        return new Paged<>(outcome.page(), page.pageOrFirst(), page.sizeOrDefault(), outcome.total());
    }
}
