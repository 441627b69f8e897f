package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One referral as its two sides (and admins) see it: where it is, who made it, what for, the participant's
 * reference, contact and consent, every change so far and, once completed, what came of it. Once its personal
 * details are erased ({@code personalDataErasedAt}), the reason, the participant's reference and contact and the
 * events' notes are null; its shape, history and outcomes stay. Mapped with
 * {@code Rows} from {@link Referrals#PROJECTION}, whose keys are its components.
 */
record ReferralView(String id, ReferralStatus status, @Nullable String reason, Instant createdAt, Instant updatedAt,
                    long version, boolean overrideCapacity, @Nullable DeclineReason declineReason, Ref activity, Ref group,
                    Maker madeBy, List<String> needs, Participant participant, @Nullable String onwardFrom,
                    List<Event> events, @Nullable Outcomes outcomes, @Nullable Instant personalDataErasedAt) {

    record Ref(String id, String name) {
    }

    /** A link worker or an organiser. */
    record Maker(String id, String name, String kind) {
    }

    /** Reference and contact are null once erased (after the retention period, on request, or consent withdrawn). */
    record Participant(String id, @Nullable String reference, @Nullable String contact, Consent consent) {
    }

    /** {@code withdrawnAt}: when the person withdrew it (then {@code given} is false). */
    record Consent(boolean given, String recordedBy, Instant recordedAt, @Nullable Instant withdrawnAt) {
    }

    record Event(ReferralStatus status, Instant at, @Nullable String by, @Nullable String note, @Nullable DeclineReason declineReason) {
    }
}
