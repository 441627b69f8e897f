package org.hedgerow.activities;

import org.hedgerow.core.ListingStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An activity with everything people ask about before they go: when (as parts and in words, and its next sessions
 * with any change to them), where, what it costs, whether there is room, who it is for and how to join, access,
 * what to bring, whom to contact, and whether the listing may be stale.
 *
 * @param minimumAge   the youngest it is for, in years; null for no lower limit
 * @param maximumAge   the oldest it is for, in years; null for no upper limit
 * @param nextSessions its next sessions by the timetable, from today, each as planned, cancelled or changed
 */
record ActivityView(String id, String name, String description, List<DayOfWeek> days, Frequency frequency,
                           Integer weekOfMonth, @JsonFormat(pattern = "HH:mm") LocalTime startTime,
                           @JsonFormat(pattern = "HH:mm") LocalTime endTime, String when,
                           Integer capacity, Integer spacesLeft, Cost cost, String costNote, String accessibility,
                           String whatToBring, String contact, Integer minimumAge, Integer maximumAge,
                           WayIn wayIn, Ref group, VenueRef venue, Ref locality,
                           List<Ref> categories, List<Ref> needs, ListingStatus status, Instant updatedAt,
                           boolean stale, List<Session> nextSessions, long version) {

    /** Something named: a group, locality, category or need (id or code, and name). */
    record Ref(String id, String name) {
    }

    record VenueRef(String id, String name, String postcode, List<String> accessibility) {
    }
}
