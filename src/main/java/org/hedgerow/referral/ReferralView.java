package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;

import org.hedgerow.core.GraphValues;
import org.neo4j.driver.Value;

/**
 * One referral as its two sides (and admins) see it: where it is, who made it, what for, the participant's
 * reference, contact and consent, every change so far and, once completed, what came of it.
 */
record ReferralView(String id, ReferralStatus status, String reason, Instant createdAt, Instant updatedAt,
                    long version, boolean overrideCapacity, DeclineReason declineReason, Ref activity, Ref group,
                    Maker madeBy, List<String> needs, Participant participant, String onwardFrom,
                    List<Event> events, Outcomes outcomes) {

    record Ref(String id, String name) {

        /** From a {@code {id, name}} map of a statement's row; null for null. */
        static Ref of(Value value) {
            return value.isNull() ? null : new Ref(GraphValues.text(value.get("id")), GraphValues.text(value.get("name")));
        }
    }

    /** A link worker or an organiser. */
    record Maker(String id, String name, String kind) {

        /** From a {@code {id, name, kind}} map of a statement's row; null for null. */
        static Maker of(Value value) {
            return value.isNull() ? null : new Maker(GraphValues.text(value.get("id")), GraphValues.text(value.get("name")),
                    GraphValues.text(value.get("kind")));
        }
    }

    record Participant(String id, String reference, String contact, Consent consent) {
    }

    record Consent(boolean given, String recordedBy, Instant recordedAt) {
    }

    record Event(ReferralStatus status, Instant at, String by, String note, DeclineReason declineReason) {
    }
}
