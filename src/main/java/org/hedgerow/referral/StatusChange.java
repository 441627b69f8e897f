package org.hedgerow.referral;

import java.util.Map;

/**
 * One move of a referral, as the aggregate allowed it: from and to, which side must make it, and what is
 * recorded with it. Written by {@link ReferralEdits} only if the referral is still at {@code from} and the
 * version the caller saw.
 */
record StatusChange(ReferralStatus from, ReferralStatus to, Party party, String note, DeclineReason declineReason,
                    boolean overrideCapacity, Outcomes outcomes) {

    Map<String, Object> outcomeProperties() {
        return outcomes == null ? Map.of() : outcomes.properties();
    }
}
