package org.hedgerow.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hedgerow.BenchmarkFigures;
import org.hedgerow.TestAccounts;
import org.hedgerow.referral.ReferralMade;
import org.hedgerow.referral.ReferralStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the sender delivers to a real SMTP server in-process (GreenMail on loopback), and how long a mail takes
 * from the commit of the change that caused it to the server accepting it, with a sender thread woken by the commit
 * as in the app. Run with -Pbenchmark (or -Dtest=NotificationMailBenchmark -Dsurefire.excludedGroups=).
 */
@Tag("benchmark")
class NotificationMailBenchmark extends NotificationTest {

    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MailWriter writer;
    @Autowired ObjectProvider<JavaMailSender> smtp;

    @Test
    void mailsPerSecondTheSenderSustains() throws Exception {
        int mails = 1_000;
        referrals(mails);
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < mails; i++) {
                publisher.publishEvent(new ReferralMade("r-bench-" + i, WALK, "g-belper-walkers", ReferralStatus.SENT));
            }
        });
        var started = System.nanoTime();
        int sent = delivery.deliverDue(clock.instant());
        var seconds = (System.nanoTime() - started) / 1e9;
        assertThat(sent).isEqualTo(mails);
        assertThat(inbox.take()).hasSize(mails);
        BenchmarkFigures.extra("notification mails sent (one SMTP connection per batch of 50)", "throughput", "/s",
                mails / seconds, null);
    }

    @Test
    void fromCommitToAcceptedBySmtp() throws Exception {
        int mails = 300;
        referrals(mails);
        var running = new MailDelivery(outbox, writer, smtp, new NotificationsProperties(properties.siteUrl(),
                properties.from(), properties.digestHour(), properties.zone(), properties.signingKey(),
                properties.linksValidFor(), new NotificationsProperties.Sender(true, Duration.ofSeconds(2), 50,
                Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofDays(2), Duration.ofMinutes(2))), clock);
        var committedAt = new ConcurrentHashMap<String, Long>();
        var acceptedAt = new ConcurrentHashMap<String, Long>();
        var watching = new AtomicBoolean(true);
        var watcher = Thread.ofPlatform().start(() -> {
            while (watching.get()) {
                try {
                    for (var message : TestSmtp.running().getReceivedMessages()) {
                        acceptedAt.putIfAbsent(message.getMessageID(), System.nanoTime());
                    }
                    Thread.sleep(2);
                } catch (Exception stop) {
                    return;
                }
            }
        });
        running.start();
        try {
            var tx = new TransactionTemplate(transactions);
            for (int i = 0; i < mails; i++) {
                var referral = "r-bench-" + i;
                tx.executeWithoutResult(status -> {
                    publisher.publishEvent(new ReferralMade(referral, WALK, "g-belper-walkers", ReferralStatus.SENT));
                    // What the app's listener does after commit: wake the sender.
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            committedAt.put(referral, System.nanoTime());
                            running.wake();
                        }
                    });
                });
                Thread.sleep(20); // about 50 changes a second
            }
            var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acceptedAt.size() < mails && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            running.stop();
            watching.set(false);
            watcher.join();
        }
        Map<String, String> referralOf = new HashMap<>();
        neo4j.query("MATCH (m:Mail)-[:TELLS]->(n:Notification) RETURN m.id AS mail, n.path AS path")
                .fetch().all().forEach(row -> referralOf.put("<" + row.get("mail") + "@hedgerow.example.org>",
                        ((String) row.get("path")).substring("/referrals/".length())));
        List<Double> delays = new ArrayList<>();
        acceptedAt.forEach((messageId, at) -> delays.add((at - committedAt.get(referralOf.get(messageId))) / 1e6));
        assertThat(delays).hasSize(mails);
        delays.sort(Double::compare);
        BenchmarkFigures.atMost("notification mail, commit to accepted by SMTP", "p95", 5_000, "ms",
                percentile(delays, 95), null);
        BenchmarkFigures.extra("notification mail, commit to accepted by SMTP", "p50", "ms", percentile(delays, 50), null);
        inbox.take();
    }

    /** Referrals to Pat's walk made by hand, each told to Pat alone (one mail each). */
    private void referrals(int count) {
        neo4j.query("""
                MATCH (a:Activity {id: $walk}), (w:LinkWorker {id: 'w-lee'})
                UNWIND range(0, $count - 1) AS i
                CREATE (r:Referral {id: 'r-bench-' + i, status: 'SENT'})-[:TO]->(a)
                CREATE (r)-[:MADE_BY]->(w)
                """).bind(WALK).to("walk").bind(count).to("count").run();
        assertThat(TestAccounts.accountId(neo4j, "pat")).isNotBlank();
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
