package org.hedgerow.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The network's own time: the day a person in Derby and Derbyshire means by "today", "on the 6th" or "since
 * Tuesday" is UK time, not the UTC the store keeps instants in (between midnight and 1 am in summer the two are a day
 * apart). Every date shown to people, or stamped as a day, is taken here.
 */
public final class NetworkZone {

    /** For what needs the name as a constant (a {@code @Scheduled} zone, a Cypher {@code timezone}). */
    public static final String NAME = "Europe/London";
    public static final ZoneId ZONE = ZoneId.of(NAME);

    private NetworkZone() {
    }

    /** The network's day at {@code at}. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** The network's day now. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }
}
