package org.hedgerow.activities;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an organiser said about one session, as the graph keeps it ({@link Sessions#CHANGES} reads them).
 *
 * @param status    CANCELLED or CHANGED
 * @param startTime the session's new start time; null when it starts as usual
 * @param venue     where it is instead; null when it is where it always is
 * @param version   moved on by each replacement (changes made before versions were kept count as 0)
 */
public record SessionChange(LocalDate date, SessionStatus status, String note, LocalTime startTime,
                            Session.Place venue, long version) {
}
