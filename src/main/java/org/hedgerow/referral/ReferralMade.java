package org.hedgerow.referral;

/** Published after a referral (or an onward referral) is made. Ids and status only: no personal data. */
public record ReferralMade(String referralId, String activityId, String groupId, ReferralStatus status) {
}
