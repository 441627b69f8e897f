package org.hedgerow.activities;

import org.hedgerow.core.ListingStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

/**
 * An activity with everything people ask about before they go: when (as parts and in words, and its next sessions
 * with any change to them), where, what it costs, whether there is room, who it is for and how to join, access,
 * what to bring, whom to contact, and whether the listing may be stale.
 *
 * @param minimumAge   the youngest it is for, in years; null for no lower limit
 * @param maximumAge   the oldest it is for, in years; null for no upper limit
 * @param nextSessions its next sessions by the timetable, from today, each as planned, cancelled or changed
 */
public record ActivityView(String id, String name, @Nullable String description, List<DayOfWeek> days, Frequency frequency,
                           @Nullable Integer weekOfMonth, @JsonFormat(pattern = "HH:mm") @Nullable LocalTime startTime,
                           @JsonFormat(pattern = "HH:mm") @Nullable LocalTime endTime, String when,
                           @Nullable Integer capacity, @Nullable Integer spacesLeft, Cost cost, @Nullable String costNote,
                           @Nullable String accessibility, @Nullable String whatToBring, @Nullable String contact,
                           @Nullable Integer minimumAge, @Nullable Integer maximumAge,
                           WayIn wayIn, Ref group, @Nullable VenueRef venue, Ref locality,
                           List<Ref> categories, List<Ref> needs, ListingStatus status, @Nullable Instant updatedAt,
                           boolean stale, List<Session> nextSessions, long version) {

    /** Something named: a group, locality, category or need (id or code, and name). */
    public record Ref(String id, String name) {
    }

    public record VenueRef(String id, String name, @Nullable String postcode, List<String> accessibility) {
    }
}
