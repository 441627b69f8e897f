package org.hedgerow.referral;

import org.hedgerow.core.InvalidRequestException;

/**
 * A referral's lifecycle, guarded: each method answers the one move it names, or throws
 * {@link IllegalTransitionException} (409, listing what is allowed) when the referral's status does not allow
 * it. Which side may make the move ({@link ReferralStatus#madeBy()}) travels with the change and is checked in
 * the statement that writes it, together with the version.
 */
record Referral(String id, ReferralStatus status, long version) {

    /** The receiving group takes the person on; into a full activity only with {@code overrideCapacity}. */
    StatusChange accept(boolean overrideCapacity, String note) {
        return move(ReferralStatus.ACCEPTED, note, null, overrideCapacity, null);
    }

    /** The person has come along. */
    StatusChange startAttending(String note) {
        return move(ReferralStatus.ATTENDING, note, null, false, null);
    }

    /** The person has finished; what came of it is optional. */
    StatusChange complete(Outcomes outcomes, String note) {
        return move(ReferralStatus.COMPLETED, note, null, false, outcomes);
    }

    /** The receiving group cannot take the person on, and says why (OTHER with a note). */
    StatusChange decline(DeclineReason reason, String note) {
        var change = move(ReferralStatus.DECLINED, note, reason, false, null);
        if (reason == null) {
            throw new InvalidRequestException("declineReason", "is needed to decline: one of FULL, NOT_SUITABLE, "
                    + "NO_CONTACT, OTHER");
        }
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidRequestException("note", "must say why, when the reason is OTHER");
        }
        return change;
    }

    /** Whoever made the referral takes it back while it is open. */
    StatusChange withdraw(String note) {
        return move(ReferralStatus.WITHDRAWN, note, null, false, null);
    }

    /** The move a status request asks for, through the method that guards it. */
    StatusChange moveTo(ReferralStatus to, String note, DeclineReason reason, boolean overrideCapacity,
                        Outcomes outcomes) {
        return switch (to) {
            case ACCEPTED -> accept(overrideCapacity, note);
            case ATTENDING -> startAttending(note);
            case COMPLETED -> complete(outcomes, note);
            case DECLINED -> decline(reason, note);
            case WITHDRAWN -> withdraw(note);
            case SENT -> throw new IllegalTransitionException(status, to);
        };
    }

    private StatusChange move(ReferralStatus to, String note, DeclineReason reason, boolean overrideCapacity,
                              Outcomes outcomes) {
        if (!status.next().contains(to)) {
            throw new IllegalTransitionException(status, to);
        }
        return new StatusChange(status, to, to.madeBy(), note, reason, overrideCapacity, outcomes);
    }
}
