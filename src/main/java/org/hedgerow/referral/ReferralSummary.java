package org.hedgerow.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A referral in an inbox or outbox: the participant by reference only, never their contact details. */
record ReferralSummary(String id, ReferralStatus status, Instant createdAt, Instant updatedAt, long version,
                       ReferralView.Ref activity, ReferralView.Ref group, ReferralView.Maker madeBy,
                       @Nullable String participantReference, @Nullable String onwardFrom) {
}
