package org.hedgerow.activities;

/** How often an activity meets on its days; MONTHLY goes with a week of the month (1–4, or -1 for the last). */
public enum Frequency {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
