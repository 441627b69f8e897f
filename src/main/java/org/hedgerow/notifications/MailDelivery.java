package org.hedgerow.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the outbox's due mails over SMTP on a thread of its own: woken when a change with notifications commits,
 * and otherwise every {@code hedgerow.notifications.sender.poll-every}. Each pass claims a batch, sends it over one
 * connection, and marks each mail sent only after the server accepted it; a mail that failed waits and is tried
 * again. Everything it needs is in the graph, so a restart picks up where it stopped. Without an SMTP server
 * ({@code spring.mail.host} unset, the embedded default) it sends nothing and the mails wait.
 */
@Component
class MailDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailOutbox outbox;
    private final MailWriter writer;
    private final ObjectProvider<JavaMailSender> smtp;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile @Nullable Thread thread;

    MailDelivery(MailOutbox outbox, MailWriter writer, ObjectProvider<JavaMailSender> smtp,
                 NotificationsProperties properties, Clock clock) {
        this.outbox = outbox;
        this.writer = writer;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured at all. */
    boolean canSend() {
        return smtp.getIfAvailable() != null;
    }

    @TransactionalEventListener
    void on(NotificationsAdded added) {
        wake();
    }

    /** Looks for due mails now rather than at the next poll. */
    void wake() {
        wake.release();
    }

    /** Sends everything due at {@code now}, batch after batch; how many mails the server accepted. */
    int deliverDue(Instant now) {
        var sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int accepted = 0;
        List<MailOutbox.Claimed> batch;
        while (!(batch = outbox.claim(now)).isEmpty()) {
            accepted += send(sender, batch, now);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return accepted;
    }

    private int send(JavaMailSender sender, List<MailOutbox.Claimed> batch, Instant now) {
        var session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new java.util.Properties());
        var messages = new IdentityHashMap<MimeMessage, MailOutbox.Claimed>();
        var written = new ArrayList<MimeMessage>();
        for (var mail : batch) {
            try {
                var message = writer.write(mail, session);
                messages.put(message, mail);
                written.add(message);
            } catch (MessagingException | RuntimeException unwritable) {
                outbox.failed(mail.id(), now, "could not be written: " + unwritable.getMessage(), true);
                log.error("Mail {} could not be written", mail.id(), unwritable);
            }
        }
        if (written.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            sender.send(written.toArray(MimeMessage[]::new));
        } catch (MailSendException some) {
            failures = some.getFailedMessages();
            if (failures.isEmpty()) {
                failures = everyOne(written, some);
            }
        } catch (MailException all) {
            failures = everyOne(written, all);
        }
        var accepted = new ArrayList<String>();
        for (var message : written) {
            var mail = messages.get(message);
            var failure = failures.get(message);
            if (failure == null) {
                accepted.add(mail.id());
            } else {
                var permanent = failure instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0;
                var gaveUp = outbox.failed(mail.id(), now, failure.getMessage() == null ? failure.toString()
                        : failure.getMessage(), permanent);
                if (gaveUp) {
                    log.warn("Mail {} given up: {}", mail.id(), failure.getMessage());
                }
            }
        }
        // Marked after the whole batch went: a crash before this sends the batch again, with the same Message-IDs.
        outbox.sent(accepted, clock.instant());
        return accepted.size();
    }

    private static Map<Object, Exception> everyOne(List<MimeMessage> messages, Exception failure) {
        var failures = new IdentityHashMap<Object, Exception>();
        messages.forEach(message -> failures.put(message, failure));
        return failures;
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                deliverDue(clock.instant());
                wake.tryAcquire(properties.sender().pollEvery().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failed) {
                log.warn("Mail sender pass failed; trying again shortly", failed);
                try {
                    Thread.sleep(properties.sender().pollEvery().toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void start() {
        if (properties.sender().enabled() && thread == null) {
            thread = Thread.ofPlatform().daemon().name("mail-sender").start(this::run);
        }
    }

    @Override
    public void stop() {
        var running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
