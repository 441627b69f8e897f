package org.hedgerow.search;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.hedgerow.activities.Cost;

import org.hedgerow.activities.Session;
import org.hedgerow.activities.WayIn;
import org.jspecify.annotations.Nullable;

/**
 * One activity found, as a listing shows it.
 *
 * @param summary        the start of the description, cut at a word
 * @param schedule       when it meets, in words ("every Tuesday 10:00–11:30")
 * @param startTime      HH:mm, or null
 * @param spacesLeft     null: no limit on numbers
 * @param venue          null for an activity with no venue (by telephone, say)
 * @param distanceMetres from the point searched near; null when the search had no point
 * @param distanceKm     the same in kilometres, to one decimal place
 * @param relevance      the full-text score, higher is closer; null when the search had no words
 * @param stale          not updated for six months: it may be out of date
 * @param minimumAge     the youngest it is for; null for no lower limit
 * @param maximumAge     the oldest it is for; null for no upper limit
 * @param wayIn          how people join it
 * @param nextSessions   its next sessions by the timetable, each as planned, cancelled or changed
 */
record ActivityHit(String id, String name, @Nullable String summary, String schedule, List<DayOfWeek> days,
                   @Nullable String startTime, @Nullable String endTime, Cost cost, @Nullable String costNote,
                   @Nullable Integer spacesLeft, @Nullable Integer capacity, Ref group, @Nullable VenueRef venue,
                   @Nullable Coded locality, List<Coded> categories, List<Coded> needs, @Nullable Long distanceMetres,
                   @Nullable Double distanceKm, @Nullable Double relevance, boolean stale, Instant updatedAt,
                   @Nullable Integer minimumAge, @Nullable Integer maximumAge, WayIn wayIn, List<Session> nextSessions) {

    record Ref(String id, String name) {
    }

    record Coded(String code, String name) {
    }

    record VenueRef(String id, String name, @Nullable String postcode, List<String> accessibility) {
    }
}
