package org.hedgerow.places;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new venue.
 *
 * @param accessibility what it offers, in a few words each: "step-free access", "accessible toilet", "hearing loop"
 * @param locality      the code of the locality it is in
 */
@Schema(example = "{\"name\": \"Belper Library\", \"address\": \"Bridge Street, Belper\", \"postcode\": \"DE56 1BX\", \"latitude\": 53.0245, \"longitude\": -1.4829, \"accessibility\": [\"step-free access\", \"accessible toilet\"], \"locality\": \"BELPER\"}")
public record NewVenue(
        @NotBlank @Size(min = 2, max = 120) String name,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @Pattern(regexp = Postcodes.PATTERN, message = "must be a UK postcode such as DE56 1AB") String postcode,
        @NotNull @DecimalMin("49.0") @DecimalMax("61.0") Double latitude,
        @NotNull @DecimalMin("-9.0") @DecimalMax("2.5") Double longitude,
        @Size(max = 12) @Nullable List<@NotBlank @Size(max = 60) String> accessibility,
        @NotBlank String locality) {
}
