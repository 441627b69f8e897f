package org.hedgerow.places;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new locality within an existing one (an ICS has none).
 *
 * @param code   short and stable, used in links and filters, e.g. {@code BELPER}
 * @param within the code of the place (or ICS) it lies within
 */
@Schema(example = "{\"code\": \"RIPLEY\", \"name\": \"Ripley\", \"kind\": \"LOCALITY\", \"within\": \"AMBER\", \"latitude\": 53.05, \"longitude\": -1.40}")
record NewLocality(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be 2–20 capital letters, digits or dashes")
        String code,
        @NotBlank @Size(min = 2, max = 120) String name,
        @NotNull LocalityKind kind,
        @Nullable String within,
        @NotNull @DecimalMin("49.0") @DecimalMax("61.0") Double latitude,
        @NotNull @DecimalMin("-9.0") @DecimalMax("2.5") Double longitude) {
}
