package org.hedgerow.insights;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the network achieved for the people referred from a place over a period (referrals made in it, by link
 * workers of PCNs covering the place or onward by groups based in it).
 *
 * @param peopleSupported        different people with at least one such referral
 * @param referralsByStatus      those referrals by where they are now, every status listed
 * @param wellbeingImprovedShare of the people with a completed referral carrying all eight ONS4 answers (start and
 *                               end), the share whose wellbeing improved on their latest one: satisfied + worthwhile +
 *                               happy − anxious went up; 3 decimals; null when fewer than 5 people answered
 * @param gpAppointmentsChange   mean of GP appointments after − before over people with both figures on a
 *                               completed referral (their latest); 1 decimal; null when fewer than 5
 * @param servicesUsed           different groups (community services) that took at least one of these referrals
 *                               up (accepted, attending or completed); services, not people, so never suppressed
 * @param wellbeingAnswered      people behind {@code wellbeingImprovedShare}
 * @param gpAnswered             people behind {@code gpAppointmentsChange}
 */
record OutcomeSummary(GapMap.Place place, LocalDate from, LocalDate to, Count peopleSupported,
                      Map<String, Count> referralsByStatus, @Nullable Double wellbeingImprovedShare, @Nullable Double gpAppointmentsChange,
                      long servicesUsed, Count wellbeingAnswered, Count gpAnswered)
        implements InsightView {
}
