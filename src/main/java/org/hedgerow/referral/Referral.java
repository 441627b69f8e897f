package org.hedgerow.referral;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;

/**
 * A referral's lifecycle, guarded: each method answers the one move it names, or throws
 * {@link IllegalTransitionException} (409, listing what is allowed) when the referral's status does not allow
 * it. Which side may make the move ({@link ReferralStatus#madeBy()}) travels with the change and is checked in
 * the statement that writes it, together with the version.
 *
 * <p>A change is written in one statement that reads nothing beforehand: the aggregate says up front from which
 * statuses the lifecycle allows a move ({@link #movableFrom}), the statement writes it only
 * from one of those, at the version the caller saw, and returns how the referral stood; a refused request is then
 * answered by the aggregate on that ({@link #moveTo}), exactly as if it had read the referral first. Making a
 * referral is decided the same way ({@link #made}).
 */
record Referral(String id, ReferralStatus status, long version) {

    /** Where every referral starts, first or onward. */
    static final ReferralStatus FIRST = ReferralStatus.SENT;

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
        var incomplete = incompleteDecline(reason, note);
        if (incomplete != null) {
            throw incomplete;
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

    /**
     * The statuses a move to {@code to} may be made from, before the referral is read: those the lifecycle allows
     * it from, or none when the request is incomplete whatever the referral's status (a decline without its
     * reason). The statement that writes a move makes it only from one of these, so it writes only what
     * {@link #moveTo} allows, and a refusal is answered by {@link #moveTo} on the status the statement found.
     */
    static Set<ReferralStatus> movableFrom(ReferralStatus to, DeclineReason reason, String note) {
        if (to == ReferralStatus.DECLINED && incompleteDecline(reason, note) != null) {
            return Set.of();
        }
        return Arrays.stream(ReferralStatus.values()).filter(status -> status.next().contains(to))
                .collect(Collectors.toSet());
    }

    /**
     * Whether a referral could be made, from what the statement that makes one found (it made it only if all of
     * this holds): the caller may refer, the activity and the needs are known, the activity is active and not
     * signposting only and,
     * for an onward referral, the one it is made from was not withdrawn. Refuses with the first that does not hold.
     */
    static ReferralView made(Made made, String activity) {
        if (!made.mayRefer()) {
            throw new ForbiddenException(made.onward()
                    ? "Only the organisers of the group this referral is to may refer the person on."
                    : "Only a link worker acting for their PCN may make a referral.");
        }
        var errors = new LinkedHashMap<String, String>();
        if (!made.activityFound()) {
            errors.put("activity", "is not an activity we know: " + activity);
        }
        if (!made.unknownNeeds().isEmpty()) {
            errors.put("needs", "has codes we do not know: " + String.join(", ", made.unknownNeeds())
                    + "; the needs are " + String.join(", ", made.knownNeeds()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (made.referral() == null && made.consentWithdrawnAt() != null) {
            throw PersonalDataRefusal.consentWithdrawn(made.consentWithdrawnAt());
        }
        if (made.referral() == null && made.participantErased()) {
            throw PersonalDataRefusal.erased();
        }
        if (made.referral() == null && "SIGNPOSTING_ONLY".equals(made.activityWayIn())
                && (made.activityStatus() == null || "ACTIVE".equals(made.activityStatus()))
                && made.onwardFrom() != ReferralStatus.WITHDRAWN) {
            throw new SignpostingOnlyException(activity);
        }
        if (made.referral() == null) {
            throw new ConflictException(made.onwardFrom() == ReferralStatus.WITHDRAWN
                    ? "This referral was withdrawn; the person cannot be referred on from it."
                    : "The activity " + activity + " is " + made.activityStatus()
                      + " and takes no referrals; choose another.");
        }
        return made.referral();
    }

    /**
     * What the statement that makes a referral returns: what it found, and the referral as the API answers with
     * it if it made one.
     *
     * @param onward      whether it was made onward from another referral
     * @param activityWayIn how people join the activity (SIGNPOSTING_ONLY takes no referrals)
     * @param visible     whether the caller may see the referral it was made onward from (true for a first one)
     * @param knownNeeds  every need's code, when the request named one we do not know (so the refusal can list them)
     * @param onwardFrom  the status of the referral it was made onward from; null for a first one
     * @param groupId     the group running the activity
     * @param consentWithdrawnAt when the person referred withdrew consent, if after the consent this referral records
     * @param participantErased  whether the person referred on had their personal details erased
     */
    record Made(boolean onward, boolean visible, boolean mayRefer, boolean activityFound, String activityStatus,
                String activityWayIn, List<String> unknownNeeds, List<String> knownNeeds, ReferralStatus onwardFrom, String groupId,
                Instant consentWithdrawnAt, boolean participantErased, ReferralView referral) {

        Made {
            unknownNeeds = unknownNeeds == null ? List.of() : unknownNeeds;
            knownNeeds = knownNeeds == null ? List.of() : knownNeeds;
        }
    }

    private static InvalidRequestException incompleteDecline(DeclineReason reason, String note) {
        if (reason == null) {
            return new InvalidRequestException("declineReason", "is needed to decline: one of FULL, NOT_SUITABLE, "
                    + "NO_CONTACT, OTHER");
        }
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            return new InvalidRequestException("note", "must say why, when the reason is OTHER");
        }
        return null;
    }

    private StatusChange move(ReferralStatus to, String note, DeclineReason reason, boolean overrideCapacity,
                              Outcomes outcomes) {
        if (!status.next().contains(to)) {
            throw new IllegalTransitionException(status, to);
        }
        return new StatusChange(status, to, to.madeBy(), note, reason, overrideCapacity, outcomes);
    }
}
