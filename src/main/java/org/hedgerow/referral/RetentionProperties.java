package org.hedgerow.referral;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hedgerow.retention.*}: how long a referral's personal details are kept once the person's referrals have all
 * closed, and when the job that erases them runs.
 *
 * @param referralPersonalData how long after the last of a person's referrals closed (completed, declined or
 *                             withdrawn) their reference, contact, the referrals' reasons and the events' notes are
 *                             kept; 365 days by default (see the README for why)
 * @param idleReferral         how long a referral may wait (sent, or accepted but never attended) with no change
 *                             before the retention job withdraws it, so that its details do not stay for ever; 180
 *                             days by default
 * @param cron                 when the retention job runs (Spring cron, in {@code zone}); {@code -} turns it off
 * @param zone                 the time zone of {@code cron}
 * @param batch                how many participants one transaction of the job looks at
 * @param erasureLedger        the file the erasures made on request or on withdrawn consent are kept in, outside the
 *                             store, so that a restore does not undo them ({@link ErasureLedger}); by default
 *                             {@code erasures.jsonl} in the backups' directory
 * @param beginLedger          whether a start begins a ledger that is not begun yet with the erasures the store
 *                             records from before it ({@link PersonalDataErasure#beginLedger}); the tests' apps, which
 *                             share one graph each with a ledger of their own, turn it off
 */
@ConfigurationProperties("hedgerow.retention")
public record RetentionProperties(
        @DefaultValue("365d") Duration referralPersonalData,
        @DefaultValue("180d") Duration idleReferral,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("1000") int batch,
        @DefaultValue("./backups/erasures.jsonl") Path erasureLedger,
        @DefaultValue("true") boolean beginLedger) {

    public RetentionProperties {
        if (referralPersonalData.isNegative() || referralPersonalData.isZero()) {
            throw new IllegalArgumentException("hedgerow.retention.referral-personal-data must be a positive period");
        }
        if (idleReferral.isNegative() || idleReferral.isZero()) {
            throw new IllegalArgumentException("hedgerow.retention.idle-referral must be a positive period");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("hedgerow.retention.batch must be at least 1");
        }
    }
}
