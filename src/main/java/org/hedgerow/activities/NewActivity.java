package org.hedgerow.activities;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new activity of a group, e.g. a towpath walk "every Tuesday 10:00–11:30", free, 12 places.
 *
 * @param weekOfMonth for a MONTHLY activity: 1–4, or -1 for the last week
 * @param capacity    places per session; leave out (with spacesLeft) for a drop-in with no limit
 * @param categories  category codes, e.g. {@code WALKING}
 * @param needs       need codes, e.g. {@code LONELINESS}
 * @param minimumAge  the youngest it is for (0–120); leave out for no lower limit
 * @param maximumAge  the oldest it is for (0–120, not below minimumAge); leave out for no upper limit
 * @param wayIn       how people join; when left out, DROP_IN without a capacity, else BOOK_AHEAD
 */
@Schema(example = "{\"group\": \"grp-long-eaton-friendship-walkers\", \"venue\": \"ven-west-park-long-eaton\", \"name\": \"Tuesday towpath walk\", \"description\": \"A gentle hour round West Park, finishing with tea.\", \"days\": [\"TUESDAY\"], \"frequency\": \"WEEKLY\", \"startTime\": \"10:00\", \"endTime\": \"11:30\", \"capacity\": 15, \"spacesLeft\": 4, \"cost\": \"FREE\", \"accessibility\": \"Flat, surfaced path; benches every 500 m\", \"whatToBring\": \"Comfortable shoes and a waterproof\", \"contact\": \"Ring Gene on 01773 000000\", \"minimumAge\": 18, \"wayIn\": \"DROP_IN\", \"categories\": [\"WALKING\"], \"needs\": [\"LONELINESS\", \"INACTIVITY\"]}")
public record NewActivity(
        @NotBlank String group,
        @NotBlank String venue,
        @NotBlank @Size(min = 2, max = 120) String name,
        @Size(max = 4000) @Nullable String description,
        @Size(max = 7) @Nullable List<@NotNull DayOfWeek> days,
        @Nullable Frequency frequency,
        @Nullable Integer weekOfMonth,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        @Min(1) @Max(10000) @Nullable Integer capacity,
        @Min(0) @Max(10000) @Nullable Integer spacesLeft,
        @NotNull Cost cost,
        @Size(max = 200) @Nullable String costNote,
        @Size(max = 500) @Nullable String accessibility,
        @Size(max = 500) @Nullable String whatToBring,
        @Size(max = 300) @Nullable String contact,
        @Min(0) @Max(120) @Nullable Integer minimumAge,
        @Min(0) @Max(120) @Nullable Integer maximumAge,
        @Nullable WayIn wayIn,
        @Size(max = 10) @Nullable List<@NotBlank String> categories,
        @Size(max = 20) @Nullable List<@NotBlank String> needs) {
}
