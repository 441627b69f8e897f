package org.hedgerow.activities;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an organiser said about one session, as the graph keeps it ({@link Sessions#CHANGES} reads them).
 *
 * @param status    CANCELLED or CHANGED
 * @param startTime the session's new start time; null when it starts as usual
 * @param venue     where it is instead; null when it is where it always is
 * @param version   drawn from the activity's counter at each write, never repeated (older changes count as 0)
 */
public record SessionChange(LocalDate date, SessionStatus status, String note, LocalTime startTime,
                            Session.Place venue, long version) {
}
