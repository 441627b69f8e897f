package org.hedgerow.referral;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An organiser of the receiving group refers the same person on to another activity. The participant and
 * their consent carry over; the consent is recorded on the new referral's first event.
 */
@Schema(example = "{\"activity\": \"act-community-singing\", \"needs\": [\"LONELINESS\"], \"reason\": \"Loves to sing; ready for an evening group.\", \"note\": \"Talked it through after Tuesday's walk\"}")
public record OnwardReferral(
        @NotBlank String activity,
        @NotEmpty @Size(max = 10) List<@NotBlank String> needs,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 300) @Nullable String note) {
}
