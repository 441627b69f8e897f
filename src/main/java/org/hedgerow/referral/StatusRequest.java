package org.hedgerow.referral;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Move a referral on. {@code version} (or an {@code If-Match} header) is the version the caller saw.
 *
 * @param declineReason needed with DECLINED
 * @param overrideCapacity accept although the activity has no spaces left
 * @param outcomes      optional, with COMPLETED
 */
@Schema(example = "{\"status\": \"ACCEPTED\", \"note\": \"Pat will ring on Monday morning\", \"version\": 0}")
public record StatusRequest(@NotNull ReferralStatus status, @Size(max = 500) @Nullable String note, @Nullable DeclineReason declineReason,
                     @Nullable Boolean overrideCapacity, @Valid @Nullable Outcomes outcomes, @Nullable Long version) {
}
