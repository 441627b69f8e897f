package org.hedgerow.activities;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/**
 * A change to an activity; absent fields stay as they are. {@code days}, {@code categories} and {@code needs},
 * when given, replace the lists. {@code venue} moves it to another venue. An age limit is taken away by sending
 * {@code clearAges} (a null age leaves it as it is). An empty text ({@code description}, {@code costNote},
 * {@code accessibility}, {@code whatToBring}, {@code contact}) takes that text away.
 */
@Schema(example = "{\"startTime\": \"10:30\", \"endTime\": \"12:00\", \"spacesLeft\": 2, \"version\": 3}")
public record ActivityChanges(
        @Size(min = 2, max = 120) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String name,
        @Size(max = 4000) @Nullable String description,
        @Size(max = 7) @Nullable List<@NotNull DayOfWeek> days,
        @Nullable Frequency frequency,
        @Nullable Integer weekOfMonth,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        @Min(1) @Max(10000) @Nullable Integer capacity,
        @Min(0) @Max(10000) @Nullable Integer spacesLeft,
        @Nullable Cost cost,
        @Size(max = 200) @Nullable String costNote,
        @Size(max = 500) @Nullable String accessibility,
        @Size(max = 500) @Nullable String whatToBring,
        @Size(max = 300) @Nullable String contact,
        @Min(0) @Max(120) @Nullable Integer minimumAge,
        @Min(0) @Max(120) @Nullable Integer maximumAge,
        @Nullable WayIn wayIn,
        @Nullable String venue,
        @Size(max = 10) @Nullable List<@NotBlank String> categories,
        @Size(max = 20) @Nullable List<@NotBlank String> needs,
        @Nullable Boolean clearAges,
        @NotNull Long version) {
}
