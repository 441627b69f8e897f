package org.hedgerow.notifications;

import java.util.List;

import org.hedgerow.referral.ReferralMade;
import org.hedgerow.referral.ReferralStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox is written in the change's own transaction: a change that rolls back leaves no notification and no
 * mail, one that commits leaves both, and notifications cannot be written outside a change's transaction at all.
 */
class OutboxTransactionTests extends NotificationTest {

    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Outbox outboxWriter;

    @BeforeEach
    void aReferralMadeByHand() {
        neo4j.query("""
                MATCH (a:Activity {id: $walk}), (w:LinkWorker {id: 'w-lee'})
                CREATE (r:Referral {id: 'r-by-hand', status: 'SENT'})-[:TO]->(a)
                CREATE (r)-[:MADE_BY]->(w)
                """).bind(WALK).to("walk").run();
    }

    @Test
    void aChangeThatRollsBackLeavesNoNotificationAndNoMail() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            publisher.publishEvent(new ReferralMade("r-by-hand", WALK, "g-belper-walkers", ReferralStatus.SENT));
            assertThat(count("MATCH (n:Notification) RETURN count(n)")).as("written inside the transaction")
                    .isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(count("MATCH (n:Notification) RETURN count(n)")).isZero();
        assertThat(count("MATCH (m:Mail) RETURN count(m)")).isZero();
        assertThat(sent()).isEmpty();
    }

    @Test
    void aChangeThatCommitsLeavesBoth() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(tx ->
                publisher.publishEvent(new ReferralMade("r-by-hand", WALK, "g-belper-walkers", ReferralStatus.SENT)));
        assertThat(count("MATCH (n:Notification)-[:FOR]->(:Account {username: 'pat'}) RETURN count(n)")).isEqualTo(1);
        assertThat(to(sent())).containsExactly("pat@example.org");
    }

    @Test
    void notificationsAreNeverWrittenOutsideAChangesTransaction() {
        assertThatThrownBy(() -> outboxWriter.tell(List.of("any"), Told.of(NotificationKind.POST_REPLY,
                null, null, null, "A post", "/noticeboard"))).isInstanceOf(IllegalTransactionStateException.class);
    }
}
