package org.hedgerow.places;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/**
 * A change to a venue; absent fields stay as they are, and an empty {@code address} takes it away.
 * {@code accessibility}, when given, replaces the list.
 */
@Schema(example = "{\"accessibility\": [\"step-free access\", \"hearing loop\"], \"version\": 1}")
public record VenueChanges(
        @Size(min = 2, max = 120) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String name,
        @Size(max = 300) @Nullable String address,
        @Pattern(regexp = Postcodes.PATTERN, message = "must be a UK postcode such as DE56 1AB") @Nullable String postcode,
        @DecimalMin("49.0") @DecimalMax("61.0") @Nullable Double latitude,
        @DecimalMin("-9.0") @DecimalMax("2.5") @Nullable Double longitude,
        @Size(max = 12) @Nullable List<@NotBlank @Size(max = 60) String> accessibility,
        @Nullable String locality,
        @NotNull Long version) {
}
