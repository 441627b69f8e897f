package org.hedgerow.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

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

    /** The first instant of the network's {@code day}, in UTC (as the store keeps instants), for a {@code $from}. */
    public static ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).withZoneSameInstant(ZoneOffset.UTC);
    }

    /** Cypher for the network's day of the date-time {@code expression} (e.g. {@code r.createdAt}). */
    public static String cypherDayOf(String expression) {
        return "date(datetime({datetime: " + expression + ", timezone: '" + NAME + "'}))";
    }
}
