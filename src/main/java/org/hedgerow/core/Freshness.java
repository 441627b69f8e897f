package org.hedgerow.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A listing not updated for six months is stale: its organisers are asked to check it, and everyone
 * sees that it may be out of date.
 */
public final class Freshness {

    public static final int STALE_AFTER_MONTHS = 6;

    private Freshness() {
    }

    /** Listings last updated before this instant are stale; pass it to Cypher as a parameter. */
    public static Instant staleBefore(Clock clock) {
        return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(STALE_AFTER_MONTHS).toInstant();
    }

    public static boolean isStale(Instant updatedAt, Clock clock) {
        return isStale(updatedAt, staleBefore(clock));
    }

    /** For many listings at once: {@code staleBefore} from {@link #staleBefore(Clock)}, read once. */
    public static boolean isStale(Instant updatedAt, Instant staleBefore) {
        return updatedAt == null || updatedAt.isBefore(staleBefore);
    }
}
