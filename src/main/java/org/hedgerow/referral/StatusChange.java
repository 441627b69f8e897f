package org.hedgerow.referral;

/**
 * One move of a referral, as the aggregate allows it from the status the referral is at: from and to, which side
 * must make it, and what is recorded with it. {@link ReferralEdits} writes the move in one statement, from one
 * of the statuses {@link Referral#movableFrom} gives and at the version the caller saw, and asks the aggregate
 * for this afterwards, on the status the statement found.
 */
record StatusChange(ReferralStatus from, ReferralStatus to, Party party, String note, DeclineReason declineReason,
                    boolean overrideCapacity, Outcomes outcomes) {
}
