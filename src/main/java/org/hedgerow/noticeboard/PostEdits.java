package org.hedgerow.noticeboard;

import java.time.Clock;
import java.time.ZoneOffset;

import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's changes to an open post's title, text and topics, decided and made in one statement.
 * Only the author edits (the same organiser or the same account): words should stay the author's own,
 * so facilitators and admins close a post rather than rewrite it. Kind, subject and place stay as posted.
 */
@Component
class PostEdits {

    private static final String EDIT = """
            OPTIONAL MATCH (p:Post {id: $id})
            OPTIONAL MATCH (account:Account {id: $accountId})
            WITH p, p IS NOT NULL AND account IS NOT NULL AND account.enabled AND %s AS mayEdit
            CALL (p, mayEdit) {
                WITH p WHERE mayEdit
                SET p._lock = true
                REMOVE p._lock
                WITH p WHERE p.version = $version AND p.status = 'OPEN'
                SET p.title = coalesce($title, p.title),
                    p.text = coalesce($text, p.text),
                    p.topics = coalesce($topics, p.topics),
                    p.version = p.version + 1, p.changedAt = $now
                RETURN count(*) AS changed
            }
            RETURN p IS NOT NULL AS exists, mayEdit, changed = 0 AND p.status = 'CLOSED' AS blocked,
                   changed > 0 AS changed
            """.formatted(PostRows.WROTE);

    private final Neo4jClient neo4j;
    private final Noticeboard noticeboard;
    private final Clock clock;

    PostEdits(Neo4jClient neo4j, Noticeboard noticeboard, Clock clock) {
        this.neo4j = neo4j;
        this.noticeboard = noticeboard;
        this.clock = clock;
    }

    @Transactional
    PostView change(String postId, String accountId, PostChanges changes) {
        Rows.fetch(neo4j.query(EDIT)
                .bind(postId).to("id").bind(accountId).to("accountId").bind(changes.version()).to("version")
                .bind(changes.title() == null ? null : changes.title().strip()).to("title")
                .bind(changes.text() == null ? null : changes.text().strip()).to("text")
                .bind(changes.distinctTopics()).to("topics")
                .bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), EditOutcome.class)
                .one().orElseThrow()
                .orThrow("post", postId, changes.version(), "Only the post's author may change it.",
                        "The post is closed: it can no longer be changed.");
        return noticeboard.post(postId);
    }
}
