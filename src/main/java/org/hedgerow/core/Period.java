package org.hedgerow.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The network's days ({@link NetworkZone}) from {@code from} to {@code to}, both included; by default the twelve months
 * up to today. Insights and a group's referral flows read their figures over one.
 */
public record Period(LocalDate from, LocalDate to) {

    /** A 400 naming {@code to} when it is before {@code from}. */
    public static Period of(LocalDate from, LocalDate to, Clock clock) {
        var last = to != null ? to : NetworkZone.today(clock);
        var first = from != null ? from : last.minusMonths(12).plusDays(1);
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "must not be before from (" + first + ")");
        }
        return new Period(first, last);
    }

    /** The first instant of the period (midnight UK time, in UTC), for {@code $from}. */
    public ZonedDateTime start() {
        return NetworkZone.startOf(from);
    }

    /** The first instant after the period, for {@code $to} (compared with {@code <}). */
    public ZonedDateTime end() {
        return NetworkZone.startOf(to.plusDays(1));
    }
}
