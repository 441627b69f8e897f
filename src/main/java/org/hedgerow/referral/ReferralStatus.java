package org.hedgerow.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is: {@code SENT → ACCEPTED → ATTENDING → COMPLETED}, or it ends {@code DECLINED} (by the
 * receiving group, from SENT or ACCEPTED: an accepted person may turn out unreachable) or {@code WITHDRAWN}
 * (by whoever made it, while it is still open).
 */
public enum ReferralStatus {
    SENT, ACCEPTED, ATTENDING, COMPLETED, DECLINED, WITHDRAWN;

    /** The statuses a referral may move to from this one; empty once it has ended. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ATTENDING, DECLINED, WITHDRAWN);
            case ATTENDING -> EnumSet.of(COMPLETED, WITHDRAWN);
            case COMPLETED, DECLINED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean isOpen() {
        return !next().isEmpty();
    }

    /** Who makes a move to this status: the referrer withdraws, the receiving group does everything else. */
    Party madeBy() {
        return this == WITHDRAWN ? Party.REFERRER : Party.RECEIVER;
    }
}
