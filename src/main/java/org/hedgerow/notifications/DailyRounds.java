package org.hedgerow.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, at the hour the site sets: the listings due a reminder, then everyone's digest (so a reminder chosen
 * for the digest goes in today's). Missed while the app was down: the next day's round gathers it, nothing is lost.
 * <p>
 * Several instances sharing one graph each schedule the round at the same minute; the first to claim the day (a
 * {@code (:DailyRound {day})} merged under a uniqueness constraint, committed before the round starts) runs it, and
 * the others, whose merge waits for that commit and then finds the day taken, do nothing. Without the claim two
 * instances could both read the same waiting notifications and each send the person a digest. A round that fails
 * after its claim is not run again that day; the next day's gathers what it left.
 */
@Component
class DailyRounds {

    private static final Logger log = LoggerFactory.getLogger(DailyRounds.class);

    /** Claims the day for this instance, unless another did; forgets rounds older than a month. */
    private static final String CLAIM = """
            MERGE (r:DailyRound {day: $day})
              ON CREATE SET r.by = $instance, r.startedAt = datetime()
            WITH r
            CALL (r) {
                MATCH (old:DailyRound) WHERE old.day < $day - duration('P31D')
                DELETE old
            }
            RETURN r.by = $instance
            """;

    private final Reminders reminders;
    private final Digests digests;
    private final MailDelivery delivery;
    private final Neo4jClient neo4j;
    private final Clock clock;
    private final ZoneId zone;
    private final String instance = UUID.randomUUID().toString();

    DailyRounds(Reminders reminders, Digests digests, MailDelivery delivery, Neo4jClient neo4j, Clock clock,
                NotificationsProperties properties) {
        this.reminders = reminders;
        this.digests = digests;
        this.delivery = delivery;
        this.neo4j = neo4j;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @Scheduled(cron = "${hedgerow.notifications.round-cron:0 0 ${hedgerow.notifications.digest-hour:7} * * *}",
            zone = "${hedgerow.notifications.zone:Europe/London}")
    void run() {
        var now = clock.instant();
        var day = LocalDate.ofInstant(now, zone);
        if (!claim(day)) {
            log.debug("The daily round of {} is another instance's", day);
            return;
        }
        reminders.remind(now);
        if (digests.gather(now) > 0) {
            delivery.wake();
        }
    }

    private boolean claim(LocalDate day) {
        return neo4j.query(CLAIM).bind(day).to("day").bind(instance).to("instance").fetchAs(Boolean.class).one()
                .orElse(false);
    }
}
