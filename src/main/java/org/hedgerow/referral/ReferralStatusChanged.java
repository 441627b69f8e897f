package org.hedgerow.referral;

/** Published after a referral moved from one status to another. Ids and status only: no personal data. */
public record ReferralStatusChanged(String referralId, String activityId, String groupId, ReferralStatus from,
                                    ReferralStatus to, long version) {
}
