package org.hedgerow.noticeboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the noticeboard: a page of posts, newest first, and one post with its replies. Each is one
 * Cypher statement. A locality filter takes in every locality within it at any depth, so a place's board
 * shows its towns' posts and the ICS's board shows everything.
 */
@Component
class Noticeboard {

    private static final String PAGE = """
            OPTIONAL MATCH (area:Locality {code: $locality})
            CALL (area) {
                // Start from the area when there is one: walking down its tree beats testing every post's way up.
                CALL (area) {
                    WITH area WHERE $locality IS NULL
                    MATCH (p:Post)
                    RETURN p
                  UNION ALL
                    WITH area WHERE area IS NOT NULL
                    MATCH (area)<-[:WITHIN*0..]-(:Locality)<-[:POSTED_IN]-(p:Post)
                    RETURN p
                }
                WITH p WHERE ($status IS NULL OR p.status = $status)
                  AND ($kind IS NULL OR p.kind = $kind)
                  AND ($topic IS NULL OR $topic IN p.topics)
                  AND ($changedSince IS NULL OR coalesce(p.changedAt, p.createdAt) >= $changedSince)
                WITH p ORDER BY p.createdAt DESC, p.id DESC
                WITH collect(p) AS matching
                RETURN size(matching) AS total, matching[$skip..$skip + $limit] AS page
            }
            RETURN $locality IS NULL OR area IS NOT NULL AS localityKnown, total,
                   [p IN page |
            """ + PostRows.POST + """
                   ] AS posts
            """;

    private static final String THREAD = """
            MATCH (p:Post {id: $id})
            RETURN
            """ + PostRows.POST + """
                   AS post,
                   COLLECT { MATCH (p)<-[:REPLIES_TO]-(r:Reply)
                             WITH r ORDER BY r.createdAt, r.id
                             RETURN
            """ + PostRows.REPLY + """
                           } AS replies
            """;

    private static final String ONE = """
            MATCH (p:Post {id: $id})
            RETURN
            """ + PostRows.POST + """
                   AS post
            """;

    private final Neo4jClient neo4j;

    Noticeboard(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Paged<PostView> page(PostFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("locality", filter.locality());
        parameters.put("status", filter.statusToMatch());
        parameters.put("kind", filter.kind());
        parameters.put("topic", filter.topic());
        parameters.put("changedSince", filter.changedSince() == null ? null
                : filter.changedSince().atZone(java.time.ZoneOffset.UTC));
        parameters.put("skip", page.skip());
        parameters.put("limit", page.sizeOrDefault());
        var found = Rows.fetch(neo4j.query(PAGE).bindAll(parameters), Found.class).one().orElseThrow();
        if (!found.localityKnown()) {
            throw new InvalidRequestException("locality", "there is no locality with the code " + filter.locality());
        }
        return new Paged<>(found.posts(), page.pageOrFirst(), page.sizeOrDefault(), found.total());
    }

    PostThread thread(String postId) {
        return Rows.fetch(neo4j.query(THREAD).bind(postId).to("id"), PostWithReplies.class).one()
                .map(thread -> new PostThread(thread.post(), thread.replies()))
                .orElseThrow(() -> new NotFoundException("There is no post " + postId + "."));
    }

    PostView post(String postId) {
        return Rows.fetch(neo4j.query(ONE).bind(postId).to("id"), "post", PostView.class).one()
                .orElseThrow(() -> new NotFoundException("There is no post " + postId + "."));
    }

    private record Found(boolean localityKnown, long total, List<PostView> posts) {
    }

    /** A thread as the statement returns it ({@link PostThread} shows the post's fields unwrapped). */
    private record PostWithReplies(PostView post, List<ReplyView> replies) {
    }
}
