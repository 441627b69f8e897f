package org.hedgerow.activities;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Published after an organiser cancelled or changed one session of an activity, or took the change back
 * ({@code status} AS_PLANNED). Public directory facts only: the activity, the date and what changed.
 *
 * @param venueId   where a changed session is held instead; null if at its usual venue
 * @param startTime when a changed session starts instead; null if at its usual time
 */
public record SessionChanged(String activityId, String activityName, String groupId, String localityCode, LocalDate date,
                             SessionStatus status, String note, String venueId, String venueName,
                             LocalTime startTime) {
}
