package org.hedgerow.activities;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

/**
 * One coming session of an activity, as people plan round it: its date and times, and whether it is on as usual,
 * cancelled or changed, with the organiser's note ("the towpath is flooded").
 *
 * @param venue         where a changed session is held instead; null when it is at the activity's own venue
 * @param changeVersion the version of its change (to replace or take it back from); null when it is as planned
 */
public record Session(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime,
                      @JsonFormat(pattern = "HH:mm") LocalTime endTime, SessionStatus status, @Nullable String note,
                      @Nullable Place venue, @Nullable Long changeVersion) {

    /** A venue a session moved to. */
    public record Place(String id, String name, String postcode) {
    }
}
