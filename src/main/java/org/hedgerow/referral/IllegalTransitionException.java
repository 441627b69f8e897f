package org.hedgerow.referral;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hedgerow.core.ConflictException;

/**
 * A move the lifecycle does not allow from where the referral is; a 409 ({@code illegal-transition}) that says the
 * {@code currentStatus} and lists the moves it does allow ({@code allowed}). Once
 * it is known who asked ({@link #forCaller}), it lists only the moves that side of the referral may make: the
 * receiving group is not offered a withdrawal, the referrer nothing but one.
 */
class IllegalTransitionException extends ConflictException {

    private final ReferralStatus from;
    private final ReferralStatus to;
    private final List<ReferralStatus> allowed;

    IllegalTransitionException(ReferralStatus from, ReferralStatus to) {
        this(from, to, from.next());
    }

    private IllegalTransitionException(ReferralStatus from, ReferralStatus to, Set<ReferralStatus> allowed) {
        super("illegal-transition", "Not allowed from this status", !from.isOpen()
                ? "A " + from + " referral cannot become " + to + ": it has ended and cannot change any more."
                : allowed.isEmpty()
                        ? "A " + from + " referral cannot become " + to + ", and it is not yours to move on from here."
                        : "A " + from + " referral cannot become " + to + "; you can make it " + allowed + ".");
        this.from = from;
        this.to = to;
        this.allowed = List.copyOf(allowed);
        getBody().setProperty("currentStatus", from);
        getBody().setProperty("allowed", this.allowed);
    }

    /** The same refusal for a caller who is these sides of the referral (none for an admin, who only reads). */
    IllegalTransitionException forCaller(Collection<Party> parties) {
        var theirs = EnumSet.noneOf(ReferralStatus.class);
        from.next().stream().filter(next -> parties.contains(next.madeBy())).forEach(theirs::add);
        return new IllegalTransitionException(from, to, theirs);
    }

    ReferralStatus from() {
        return from;
    }

    ReferralStatus to() {
        return to;
    }

    List<ReferralStatus> allowed() {
        return allowed;
    }
}
