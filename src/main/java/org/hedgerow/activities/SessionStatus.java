package org.hedgerow.activities;

/** How one session stands: as the timetable says, cancelled, or changed (another venue or time). */
public enum SessionStatus {
    AS_PLANNED, CANCELLED, CHANGED
}
