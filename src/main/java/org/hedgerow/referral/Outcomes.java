package org.hedgerow.referral;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * What came of a completed referral, every part optional: the four ONS personal-wellbeing answers (0–10) at
 * the start and at the end, and GP appointments in the 12 months before and after.
 */
@Schema(example = "{\"wellbeingStart\": {\"satisfied\": 4, \"worthwhile\": 5, \"happy\": 4, \"anxious\": 7}, \"wellbeingEnd\": {\"satisfied\": 7, \"worthwhile\": 7, \"happy\": 7, \"anxious\": 4}, \"gpAppointmentsBefore\": 14, \"gpAppointmentsAfter\": 5}")
public record Outcomes(@Valid @Nullable Wellbeing wellbeingStart, @Valid @Nullable Wellbeing wellbeingEnd,
                @Min(0) @Max(400) @Nullable Integer gpAppointmentsBefore, @Min(0) @Max(400) @Nullable Integer gpAppointmentsAfter) {

    /** ONS4: life satisfaction, things being worthwhile, happiness yesterday, anxiety yesterday. */
    public record Wellbeing(@Min(0) @Max(10) @Nullable Integer satisfied, @Min(0) @Max(10) @Nullable Integer worthwhile,
                     @Min(0) @Max(10) @Nullable Integer happy, @Min(0) @Max(10) @Nullable Integer anxious) {
    }

    /** As properties of the referral node; parts not given are left out (and so not overwritten). */
    Map<String, Object> properties() {
        var properties = new LinkedHashMap<String, Object>();
        wellbeing(properties, "wellbeingStart", wellbeingStart);
        wellbeing(properties, "wellbeingEnd", wellbeingEnd);
        put(properties, "gpAppointmentsBefore", gpAppointmentsBefore);
        put(properties, "gpAppointmentsAfter", gpAppointmentsAfter);
        return properties;
    }

    private static void wellbeing(Map<String, Object> properties, String prefix, Wellbeing wellbeing) {
        if (wellbeing != null) {
            put(properties, prefix + "Satisfied", wellbeing.satisfied());
            put(properties, prefix + "Worthwhile", wellbeing.worthwhile());
            put(properties, prefix + "Happy", wellbeing.happy());
            put(properties, prefix + "Anxious", wellbeing.anxious());
        }
    }

    private static void put(Map<String, Object> properties, String key, Integer value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
