package org.hedgerow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Referrals with outcomes grown so that the outcomes view of a place tells a known story; by default the Derby and
 * Derbyshire 2023 pilot's: 11,645 people supported, 661 community services used, 76% whose wellbeing improved,
 * nine fewer GP appointments each. Off unless {@code enabled}.
 *
 * @param place                 the locality code whose outcomes are calibrated (its link workers refer, its groups
 *                              are the services; more groups, each with one activity, are added when it has fewer)
 * @param people                people supported (each one chain of referrals in the last eleven months)
 * @param services              groups that take the referrals up
 * @param wellbeingImproved     share of people with outcomes whose ONS4 wellbeing improved
 * @param gpAppointmentsChange  mean change in GP appointments (after − before) of people with outcomes
 */
@ConfigurationProperties("hedgerow.calibration")
record CalibrationProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("DDICS") String place,
        @DefaultValue("11645") int people,
        @DefaultValue("661") int services,
        @DefaultValue("0.76") double wellbeingImproved,
        @DefaultValue("-9") double gpAppointmentsChange,
        @DefaultValue("2023") long seed) {
}
