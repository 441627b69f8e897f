package org.hedgerow.referral;

import java.util.List;

import org.hedgerow.core.ConflictException;

/** A move the lifecycle does not allow from where the referral is; a 409 that lists the moves it does allow. */
class IllegalTransitionException extends ConflictException {

    private final ReferralStatus from;
    private final ReferralStatus to;

    IllegalTransitionException(ReferralStatus from, ReferralStatus to) {
        super(from.isOpen()
                ? "A " + from + " referral cannot become " + to + "; it can become " + from.next() + "."
                : "A " + from + " referral cannot become " + to + ": it has ended and cannot change any more.");
        this.from = from;
        this.to = to;
    }

    ReferralStatus from() {
        return from;
    }

    ReferralStatus to() {
        return to;
    }

    List<ReferralStatus> allowed() {
        return List.copyOf(from.next());
    }
}
