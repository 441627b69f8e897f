package org.hedgerow.activities;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many places are left now, the one thing an organiser updates most often. */
@Schema(example = "{\"spacesLeft\": 2, \"version\": 3}")
record SpacesLeft(@NotNull @Min(0) @Max(10000) Integer spacesLeft, @NotNull Long version) {
}
