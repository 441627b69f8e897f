package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One referral as its two sides (and admins) see it: where it is, who made it, what for, the participant's
 * reference, contact and consent, every change so far and, once completed, what came of it. Mapped with
 * {@code Rows} from {@link Referrals#PROJECTION}, whose keys are its components.
 */
record ReferralView(String id, ReferralStatus status, String reason, Instant createdAt, Instant updatedAt,
                    long version, boolean overrideCapacity, @Nullable DeclineReason declineReason, Ref activity, Ref group,
                    Maker madeBy, List<String> needs, Participant participant, @Nullable String onwardFrom,
                    List<Event> events, @Nullable Outcomes outcomes) {

    record Ref(String id, String name) {
    }

    /** A link worker or an organiser. */
    record Maker(String id, String name, String kind) {
    }

    record Participant(String id, String reference, String contact, Consent consent) {
    }

    record Consent(boolean given, String recordedBy, Instant recordedAt) {
    }

    record Event(ReferralStatus status, Instant at, @Nullable String by, @Nullable String note, @Nullable DeclineReason declineReason) {
    }
}
