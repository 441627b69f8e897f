package org.hedgerow.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing lost, nothing twice: a stopped SMTP server delays mails (with a doubling wait) but loses none, and after
 * it returns each arrives once; a sender that stops mid-queue leaves the rest for the next start; a crash between
 * sending and marking sent sends again with the same Message-ID; an address the server refuses is given up at once
 * and shown to admins.
 */
class MailDeliveryTests extends NotificationTest {

    @Autowired MailWriter writer;
    @Autowired ObjectProvider<JavaMailSender> smtp;

    @AfterEach
    void smtpBack() {
        TestSmtp.running();
    }

    @Test
    void anSmtpServerDownForAnHourDelaysButLosesAndDuplicatesNothing() throws Exception {
        TestSmtp.stop();
        refer(WALK);
        refer(WALK);
        refer(SING);
        var start = clock.instant();
        assertThat(delivery.deliverDue(start)).isZero();
        var waits = new ArrayList<Duration>();
        var now = start;
        while (now.isBefore(start.plus(Duration.ofHours(1)))) {
            var next = nextAttempt();
            waits.add(Duration.between(now, next));
            now = next;
            assertThat(delivery.deliverDue(now)).isZero();
        }
        assertThat(waits.subList(0, 4)).as("the wait doubles after each failure")
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                        Duration.ofSeconds(240));
        assertThat(waits).as("and is never longer than the longest wait").allMatch(wait ->
                wait.compareTo(Duration.ofMinutes(15)) <= 0);
        assertThat(count("MATCH (m:Mail {status: 'PENDING'}) RETURN count(m)")).isEqualTo(3);
        assertThat(count("MATCH (m:Mail {status: 'FAILED'}) RETURN count(m)")).isZero();

        TestSmtp.running();
        var arrived = sent(nextAttempt());
        assertThat(to(arrived)).containsExactly("pat@example.org", "pat@example.org", "quinn@example.org");
        assertThat(arrived.stream().map(Inbox.Received::messageId).distinct()).hasSize(3);
        assertThat(sent(now.plus(Duration.ofDays(1)))).as("nothing twice").isEmpty();
        assertThat(count("MATCH (m:Mail {status: 'SENT'}) RETURN count(m)")).isEqualTo(3);
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsAgainWithTheSameMessageId() throws Exception {
        refer(WALK);
        var now = clock.instant();
        var claimed = outbox.claim(now);
        assertThat(claimed).hasSize(1);
        var sender = (JavaMailSenderImpl) smtp.getObject();
        sender.send(writer.write(claimed.getFirst(), sender.getSession()));
        // ...and the process dies before marking it sent.
        var first = inbox.take();
        assertThat(sent(now)).as("still claimed by the sender that died").isEmpty();

        var again = sent(now.plus(properties.sender().claimFor()).plusSeconds(1));
        assertThat(again).hasSize(1);
        assertThat(again.getFirst().messageId()).as("the receiving side sees the same message")
                .isEqualTo(first.getFirst().messageId()).isEqualTo("<" + claimed.getFirst().id() + "@hedgerow.example.org>");
        assertThat(sent(now.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aRestartMidQueueResumesWhereTheSenderStopped() throws Exception {
        for (int i = 0; i < 10; i++) {
            refer(i % 2 == 0 ? WALK : SING);
        }
        var now = clock.instant();
        var claimed = outbox.claim(now);
        assertThat(claimed).hasSize(10);
        var sender = (JavaMailSenderImpl) smtp.getObject();
        for (var mail : claimed.subList(0, 4)) {
            sender.send(writer.write(mail, sender.getSession()));
            outbox.sent(mail.id(), now);
        }
        // The sender stops here; a new one (the restarted app: everything it needs is in the graph) takes over.
        var restarted = new MailDelivery(outbox, writer, smtp, properties, clock);
        var before = inbox.take();
        assertThat(restarted.deliverDue(now.plus(properties.sender().claimFor()).plusSeconds(1))).isEqualTo(6);
        var after = inbox.take();
        var ids = new ArrayList<String>();
        before.forEach(mail -> ids.add(mail.messageId()));
        after.forEach(mail -> ids.add(mail.messageId()));
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void withoutAnSmtpServerMailsWaitAndAdminsSeeThem() throws Exception {
        var unconfigured = new MailDelivery(outbox, writer, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties, clock);
        refer(WALK);
        assertThat(unconfigured.canSend()).isFalse();
        assertThat(unconfigured.deliverDue(clock.instant())).isZero();
        browsers.request("ada", HttpMethod.GET, "/api/admin/mail?status=PENDING", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].address")
                        .value("pat@example.org"))
                .andExpect(jsonPath("$.items[0].kinds[0]")
                        .value("REFERRAL_ARRIVED"));
    }

    @Test
    void anAddressTheServerRefusesIsGivenUpAndShownToAdmins() throws Exception {
        neo4j.query("MATCH (b:Mailbox) WHERE b.address STARTS WITH 'pat' SET b.address = 'pat@'").run();
        refer(WALK);
        sent();
        assertThat(count("MATCH (m:Mail {status: 'FAILED'}) RETURN count(m)")).isEqualTo(1);
        browsers.request("ada", HttpMethod.GET, "/api/admin/mail/summary", null)
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.smtpConfigured")
                        .value(true));
    }

    private Instant nextAttempt() {
        return neo4j.query("MATCH (m:Mail {status: 'PENDING'}) RETURN max(m.nextAttemptAt)")
                .fetchAs(ZonedDateTime.class).one().orElseThrow().toInstant();
    }
}
