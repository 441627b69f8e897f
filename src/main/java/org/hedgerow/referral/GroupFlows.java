package org.hedgerow.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * How many referrals reached a group's activities, and from whom, and how many its organisers made onward,
 * and to which groups, over a period (days, both included). Counts only, biggest first.
 *
 * @param received        every referral to the group's activities made in the period
 * @param sent            every onward referral made from a referral to the group, in the period (to other
 *                        groups or to another of its own activities)
 * @param fromLinkWorkers referrals the group received from each link worker, with their PCN
 * @param fromProviders   onward referrals the group received from each other group
 * @param toProviders     onward referrals the group made to each other group
 */
record GroupFlows(ReferralView.Ref group, LocalDate from, LocalDate to, long received, long sent,
                  List<LinkWorkerFlow> fromLinkWorkers, List<ProviderFlow> fromProviders,
                  List<ProviderFlow> toProviders) {

    record LinkWorkerFlow(String id, String name, ReferralView.Ref pcn, long referrals) {
    }

    record ProviderFlow(ReferralView.Ref group, long referrals) {
    }
}
