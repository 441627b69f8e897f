package org.hedgerow.groups;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new group. A provider who adds one becomes its lead organiser.
 *
 * @param locality the code of the locality it is based in
 */
@Schema(example = "{\"name\": \"Belper Bat Walks\", \"description\": \"Dusk walks with a bat detector\", \"website\": \"https://example.org/bats\", \"locality\": \"BELPER\"}")
public record NewGroup(
        @NotBlank @Size(min = 2, max = 120) String name,
        @Size(max = 2000) @Nullable String description,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting http:// or https://")
        @Nullable String website,
        @NotBlank String locality) {
}
