package org.hedgerow.notifications;

import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hedgerow.notifications.*}: where mails link to, when digests go, how links are signed and how the sender
 * retries.
 *
 * @param siteUrl       the web app's address, for links in mails (https in production)
 * @param from          the mails' From address
 * @param digestHour    the hour (0–23, in {@code zone}) the day's digests and listing reminders are gathered
 * @param zone          the site's time zone
 * @param signingKey    the key that signs unsubscribe and "still right" links (at least 32 characters); empty: a
 *                      random key made once and kept in the graph
 * @param linksValidFor how long a link in a mail works
 * @param sender        the mail sender's pace and patience
 */
@ConfigurationProperties("hedgerow.notifications")
public record NotificationsProperties(
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("Hedgerow <hedgerow@localhost>") String from,
        @DefaultValue("7") int digestHour,
        @DefaultValue("Europe/London") ZoneId zone,
        @Nullable String signingKey,
        @DefaultValue("30d") Duration linksValidFor,
        @DefaultValue Sender sender) {

    /**
     * @param enabled     whether this instance sends (all instances may: each mail is claimed before it is sent)
     * @param pollEvery   how often the sender looks for due mails when not woken by a commit
     * @param batch       how many mails one pass claims
     * @param firstRetry  the wait after the first failure; it doubles after each further one
     * @param longestWait the longest wait between two tries
     * @param giveUpAfter how long after a mail was written its delivery is given up (then visible as failed)
     * @param claimFor    how long a claimed mail is left to the sender that claimed it; after that (a crash between
     *                    sending and marking it sent) it is sent again, with the same Message-ID
     */
    public record Sender(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") Duration pollEvery,
            @DefaultValue("50") int batch,
            @DefaultValue("30s") Duration firstRetry,
            @DefaultValue("15m") Duration longestWait,
            @DefaultValue("2d") Duration giveUpAfter,
            @DefaultValue("2m") Duration claimFor) {
    }
}
