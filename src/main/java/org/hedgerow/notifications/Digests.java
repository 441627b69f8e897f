package org.hedgerow.notifications;

import java.time.Instant;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers each person's notifications waiting for the daily digest into one mail, oldest first. Whatever came in
 * since the last digest goes in this one; gathering again straight after finds nothing to gather.
 */
@Component
class Digests {

    private static final String GATHER = """
            MATCH (n:Notification {mail: 'DIGEST'})
            MATCH (box:Mailbox {accountId: n.accountId})
            WITH box, n ORDER BY n.createdAt
            WITH box, collect(n) AS items
            CREATE (m:Mail {id: randomUUID(), accountId: box.accountId, address: box.address, status: 'PENDING',
                            digest: true, attempts: 0, createdAt: $now, nextAttemptAt: $now})
            WITH m, items
            UNWIND items AS n
            CREATE (m)-[:TELLS]->(n)
            SET n.mail = 'IN_DIGEST'
            RETURN count(DISTINCT m)
            """;

    private final Neo4jClient neo4j;

    Digests(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** How many digest mails were written. */
    @Transactional
    long gather(Instant now) {
        return neo4j.query(GATHER).bind(MailOutbox.utc(now)).to("now").fetchAs(Long.class).one().orElse(0L);
    }
}
