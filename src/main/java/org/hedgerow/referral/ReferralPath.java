package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's path through the network: every referral joined to the one asked about by {@code ONWARD_FROM},
 * from the origin (usually a link worker's) onwards, in the order they were made. A step the viewer may not
 * see is shown as {@code visible: false} with only its position, status and dates, so the viewer knows the
 * path goes on (and how far it got) but not where, to whom or by whom.
 *
 * @param participantReference the person's pseudonymous reference (the viewer sees at least one step)
 */
record ReferralPath(String referral, @Nullable String participantReference, List<Step> steps) {

    /**
     * @param onwardFromStep the position of the step this one was made from; null for the origin
     */
    record Step(int position, boolean visible, ReferralStatus status, Instant createdAt, Instant updatedAt,
                @Nullable Integer onwardFromStep, @Nullable String id, ReferralView.@Nullable Ref activity, ReferralView.@Nullable Ref group,
                ReferralView.@Nullable Maker madeBy) {
    }
}
