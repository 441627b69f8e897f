package org.hedgerow.referral;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night (by default), withdraws the referrals left waiting too long with no change, then erases the personal
 * details that are past their retention period. Safe to run twice or
 * on several instances at once: a participant already erased is passed over, and erasing one twice changes nothing.
 * A night missed while the app was down is caught up by the next run.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final PersonalDataErasure erasure;
    private final ReferralWithdrawals withdrawals;
    private final Clock clock;

    RetentionSchedule(PersonalDataErasure erasure, ReferralWithdrawals withdrawals, Clock clock) {
        this.erasure = erasure;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    @Scheduled(cron = "${hedgerow.retention.cron:0 30 2 * * *}", zone = "${hedgerow.retention.zone:Europe/London}")
    void run() {
        // Each step on its own: one that fails (a lock conflict with someone's change, the database busy) is tried
        // again the next night, and does not keep the other from running tonight.
        try {
            var withdrawn = withdrawals.idle(clock.instant());
            if (withdrawn > 0) {
                log.info("Retention: withdrew {} referrals left waiting with no change", withdrawn);
            }
        }
        catch (RuntimeException failed) {
            log.warn("Retention: withdrawing referrals left waiting stopped; the next run carries on", failed);
        }
        var done = erasure.pastRetention(clock.instant());
        if (done.participants() > 0) {
            log.info("Retention: erased the personal details of {} participants ({} referrals)", done.participants(),
                    done.referrals());
        }
    }
}
