package org.hedgerow.referral;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a listing (an activity, or a group over all its activities) answers referrals: "usually replies within N
 * days · X% of referrals accepted · last 12 months". About the provider, not the people referred; still, nothing
 * is shown for fewer than {@value ListingResponsiveness#AT_LEAST} answered referrals, when one person's referral
 * would weigh too much (and the figure would say little).
 *
 * @param from                      first day of the referrals counted (made in the last twelve months)
 * @param to                        last day
 * @param answered                  referrals made in the period that the group has answered (accepted or declined);
 *                                  null when fewer than {@value ListingResponsiveness#AT_LEAST}
 * @param usuallyRepliesWithinDays  the median time from a referral being made to the group's first answer, in whole
 *                                  days rounded up (at least 1); null when not shown
 * @param acceptedShare             of the answered referrals, the share whose first answer was to accept,
 *                                  2 decimals; null when not shown
 * @param notShownBecause           why the figures are null; null when they are shown
 */
record Responsiveness(LocalDate from, LocalDate to, @Nullable Long answered, @Nullable Integer usuallyRepliesWithinDays,
                      @Nullable Double acceptedShare, @Nullable String notShownBecause) {
}
