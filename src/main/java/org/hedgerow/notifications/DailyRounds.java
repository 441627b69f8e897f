package org.hedgerow.notifications;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, at the hour the site sets: the listings due a reminder, then everyone's digest (so a reminder chosen
 * for the digest goes in today's). Missed while the app was down: the next day's round gathers it, nothing is lost.
 */
@Component
class DailyRounds {

    private final Reminders reminders;
    private final Digests digests;
    private final MailDelivery delivery;
    private final Clock clock;

    DailyRounds(Reminders reminders, Digests digests, MailDelivery delivery, Clock clock) {
        this.reminders = reminders;
        this.digests = digests;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 ${hedgerow.notifications.digest-hour:7} * * *",
            zone = "${hedgerow.notifications.zone:Europe/London}")
    void run() {
        var now = clock.instant();
        reminders.remind(now);
        if (digests.gather(now) > 0) {
            delivery.wake();
        }
    }
}
