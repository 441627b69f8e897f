package org.hedgerow.notifications;

import jakarta.validation.Valid;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins watch the outbox: what waits (all of it while no SMTP server is set), what went, and what failed for
 * good. Addresses and kinds, never what a mail says.
 */
@RestController
@RequestMapping("/api/admin/mail")
@PreAuthorize("hasRole('ADMIN')")
class MailAdminController {

    private final MailOutbox outbox;
    private final MailDelivery delivery;

    MailAdminController(MailOutbox outbox, MailDelivery delivery) {
        this.outbox = outbox;
        this.delivery = delivery;
    }

    /**
     * @param smtpConfigured whether {@code spring.mail.host} is set; if not, every mail waits here
     */
    record MailSummary(boolean smtpConfigured, long pending, long sent, long failed) {
    }

    /** Newest first; {@code status} narrows to waiting, sent or failed mails. */
    @GetMapping
    Paged<OutboxMail> list(@RequestParam(required = false) @Nullable MailStatus status,
                           @Valid @ParameterObject PageRequest page) {
        return outbox.list(status, page);
    }

    @GetMapping("/summary")
    MailSummary summary() {
        var counts = outbox.counts();
        return new MailSummary(delivery.canSend(), counts.pending(), counts.sent(), counts.failed());
    }
}
