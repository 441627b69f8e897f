package org.hedgerow.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which person: their pseudonymous participant reference, exactly as the referrer recorded it. */
@Schema(example = "{\"reference\": \"BEL-2025-0142\"}")
record PersonalDataRequest(@NotBlank @Size(max = 40) String reference) {
}
