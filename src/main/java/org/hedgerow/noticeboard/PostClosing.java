package org.hedgerow.noticeboard;

import java.time.Clock;
import java.time.ZoneOffset;

import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a post when it has been met, with who may decided in the same statement that closes it: its
 * author (the same organiser, whichever of their accounts, or the same account), a facilitator of a
 * place the post's locality is within, or an admin. The statement reports why nothing changed, so the
 * caller hears 404, 403 or 409 (stale version, or closed already: {@link EditOutcome}).
 */
@Component
class PostClosing {

    private static final String CLOSE = """
            OPTIONAL MATCH (p:Post {id: $id})
            OPTIONAL MATCH (account:Account {id: $accountId})
            WITH p, p IS NOT NULL AND account IS NOT NULL AND account.enabled AND (
                   account.role = 'ADMIN'
                OR %s
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:POSTED_IN]-(p) })
            ) AS mayEdit
            CALL (p, mayEdit) {
                // Write-lock the post before reading its version, so two changes of one version cannot both pass.
                WITH p WHERE mayEdit
                SET p._lock = true
                REMOVE p._lock
                WITH p WHERE p.version = $version AND p.status = 'OPEN'
                SET p.status = 'CLOSED', p.closedAt = $now, p.changedAt = $now, p.closedNote = $note, p.version = p.version + 1
                RETURN count(*) AS changed
            }
            RETURN p IS NOT NULL AS exists, mayEdit, changed = 0 AND p.status = 'CLOSED' AS blocked,
                   changed > 0 AS changed
            """.formatted(PostRows.WROTE);

    private final Neo4jClient neo4j;
    private final Noticeboard noticeboard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostClosing(Neo4jClient neo4j, Noticeboard noticeboard, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.noticeboard = noticeboard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    PostView close(String postId, String accountId, ClosingNote closing) {
        String note = closing.note() == null || closing.note().isBlank() ? null : closing.note().strip();
        Rows.fetch(neo4j.query(CLOSE)
                .bind(postId).to("id").bind(accountId).to("accountId").bind(closing.version()).to("version")
                .bind(note).to("note").bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), EditOutcome.class)
                .one().orElseThrow()
                .orThrow("post", postId, closing.version(),
                        "Only the post's author, a facilitator of its place or an admin may close it.",
                        "The post is closed already.");
        events.publishEvent(new PostClosed(postId));
        return noticeboard.post(postId);
    }
}
