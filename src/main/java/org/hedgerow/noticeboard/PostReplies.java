package org.hedgerow.noticeboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies to a post, from anyone signed in: a provider as the organiser they act as, everyone else as
 * their account. Only an open post takes replies; the post is write-locked first, so a reply cannot slip
 * in beside the close that ends the conversation.
 */
@Component
class PostReplies {

    private static final String REPLY = """
            OPTIONAL MATCH (p:Post {id: $postId})
            OPTIONAL MATCH (account:Account {id: $accountId})
            OPTIONAL MATCH (account)-[:ACTS_AS]->(organiser:Organiser)
            WITH p, CASE
                   WHEN account IS NULL OR NOT account.enabled THEN null
                   WHEN account.role = 'PROVIDER' THEN organiser
                   ELSE account
                 END AS author
            CALL (p, author) {
                WITH * WHERE p IS NOT NULL AND author IS NOT NULL
                SET p._lock = true
                REMOVE p._lock
                WITH * WHERE p.status = 'OPEN'
                SET p.changedAt = $now
                CREATE (r:Reply {id: $id, text: $text, createdAt: $now})-[:REPLIES_TO]->(p)
                CREATE (r)-[:POSTED_BY]->(author)
                RETURN count(r) AS created
            }
            RETURN p IS NOT NULL AS exists, author IS NOT NULL AS mayEdit, created = 0 AS blocked,
                   created > 0 AS changed
            """;

    private static final String VIEW = """
            MATCH (r:Reply {id: $id})
            RETURN
            """ + PostRows.REPLY + """
                   AS reply
            """;

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostReplies(Neo4jClient neo4j, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ReplyView reply(String postId, String accountId, NewReply reply) {
        String id = UUID.randomUUID().toString();
        reply(id, postId, accountId, reply, clock.instant());
        events.publishEvent(new PostReplied(postId, id));
        return Rows.fetch(neo4j.query(VIEW).bind(id).to("id"), "reply", ReplyView.class).one().orElseThrow();
    }

    /** Writes reply {@code id} {@code at}, or refuses; announces nothing. */
    void reply(String id, String postId, String accountId, NewReply reply, Instant at) {
        // May reply is the outcome's mayEdit; only a closed post blocks a reply, and there is no version to be stale.
        Rows.fetch(neo4j.query(REPLY)
                .bind(postId).to("postId").bind(accountId).to("accountId")
                .bind(id).to("id").bind(reply.text().strip()).to("text")
                .bind(at.atZone(ZoneOffset.UTC)).to("now"), EditOutcome.class)
                .one().orElseThrow()
                .orThrow("post", postId, null, "This account may not reply on the noticeboard.",
                        "The post is closed: it takes no more replies.");
    }
}
