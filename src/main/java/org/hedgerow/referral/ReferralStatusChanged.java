package org.hedgerow.referral;

/**
 * Published after a referral moved from one status to another. Ids and status only: no personal data.
 *
 * @param byEitherSide whether one of the referral's sides made the move (the referrer, or the group it is to); not
 *                     when Hedgerow itself withdrew a referral left waiting, or an admin did on the person's behalf
 */
public record ReferralStatusChanged(String referralId, String activityId, String groupId, ReferralStatus from,
                                    ReferralStatus to, long version, boolean byEitherSide) {
}
