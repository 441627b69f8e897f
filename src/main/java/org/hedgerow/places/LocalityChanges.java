package org.hedgerow.places;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/** A change to a locality's name or centre; absent fields stay as they are. */
@Schema(example = "{\"name\": \"Ripley and Codnor\", \"version\": 0}")
record LocalityChanges(
        @Size(min = 2, max = 120) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String name,
        @DecimalMin("49.0") @DecimalMax("61.0") @Nullable Double latitude,
        @DecimalMin("-9.0") @DecimalMax("2.5") @Nullable Double longitude,
        @NotNull Long version) {
}
