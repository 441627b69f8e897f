package org.hedgerow.activities;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An activity's next sessions: the dates its timetable gives ({@link Schedule#datesFrom}) with what organisers said
 * about each ({@link SessionChange}). A change to a date the timetable no longer has (it was edited since) is kept
 * but not shown. A session moved to another time keeps its length.
 */
public final class Sessions {

    /**
     * The changes of activity {@code a} for sessions from {@code $today} (a date) on, as {@link SessionChange}s,
     * for a statement that reads an activity to embed in its projection. In no order ({@link #next} puts them by
     * date): a sort here would be a sort in the search's plan, which keeps the full-text index's order unsorted.
     */
    public static final String CHANGES = """
            COLLECT { MATCH (a)-[:HAS_SESSION_CHANGE]->(s:SessionChange) WHERE s.date >= $today
                      RETURN s {.date, .status, .note, .startTime, version: coalesce(s.version, 0),
                                venue: [(s)-[:AT]->(v:Venue) | v {.id, .name, .postcode}][0]} }""";

    private Sessions() {
    }


    /** The next {@code count} sessions from {@code today} (included), each with its change if it has one. */
    public static List<Session> next(Schedule schedule, List<SessionChange> changes, LocalDate today, int count) {
        Map<LocalDate, SessionChange> byDate = changes == null ? Map.of()
                : changes.stream().collect(Collectors.toMap(SessionChange::date, Function.identity(), (a, b) -> b));
        return schedule.datesFrom(today, count).stream().map(date -> {
            var change = byDate.get(date);
            if (change == null) {
                return new Session(date, schedule.startTime(), schedule.endTime(), SessionStatus.AS_PLANNED, null,
                        null, null);
            }
            var start = change.startTime() != null ? change.startTime() : schedule.startTime();
            var end = schedule.endTime() == null || change.startTime() == null || schedule.startTime() == null
                    ? schedule.endTime()
                    : start.plus(Duration.between(schedule.startTime(), schedule.endTime()));
            return new Session(date, start, end, change.status(), change.note(), change.venue(), change.version());
        }).toList();
    }
}
