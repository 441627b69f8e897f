package org.hedgerow.imports;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.hedgerow.activities.Frequency;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An ORUK service's {@code schedules} as the timetable Hedgerow keeps: weekly or fortnightly days, one day of the
 * month ({@code MONTHLY} with {@code byday: "1SA"}), opening and closing times. What it cannot express is listed as
 * by arrangement with a warning, never refused.
 */
final class FeedSchedules {

    private static final Pattern BYDAY = Pattern.compile("(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private FeedSchedules() {
    }

    /** The parts of a timetable Hedgerow keeps; null days mean "by arrangement". */
    static final class Timetable {
        List<DayOfWeek> days = List.of();
        Frequency frequency = Frequency.WEEKLY;
        @Nullable Integer weekOfMonth;
        @Nullable LocalTime opens;
        @Nullable LocalTime closes;
    }

    static Timetable read(@Nullable JsonNode schedules, FeedFields fields) {
        var timetable = new Timetable();
        if (schedules == null || schedules.isNull()) {
            return timetable;
        }
        if (!schedules.isArray()) {
            fields.reason("schedules must be a list");
            return timetable;
        }
        boolean first = true;
        for (var schedule : schedules) {
            if (!first) {
                fields.warn("it has " + schedules.size() + " schedules: the first is listed, check the others");
                break;
            }
            first = false;
            var freq = fields.text(schedule, "freq", "schedule", false);
            var byday = fields.text(schedule, "byday", "schedule", false);
            var interval = fields.number(schedule, "interval", "schedule");
            var description = fields.text(schedule, "description", "schedule", false);
            var understood = freq != null && byday != null && readDays(freq.toUpperCase(Locale.ROOT), byday,
                    interval == null ? 1 : interval.intValue(), timetable);
            if (!understood) {
                fields.warn("schedule " + (freq == null ? "" : freq + " ") + (byday == null ? "" : byday + " ")
                        + "cannot be listed as weekly, fortnightly or monthly: listed as by arrangement"
                        + (description == null ? "" : " (the feed says: " + description.strip() + ")"));
                timetable.days = List.of();
                timetable.frequency = Frequency.WEEKLY;
                timetable.weekOfMonth = null;
            }
            timetable.opens = time(schedule, "opens_at", fields);
            timetable.closes = time(schedule, "closes_at", fields);
            if (timetable.opens == null && timetable.closes != null) {
                fields.warn("schedule has closes_at without opens_at: no times listed");
                timetable.closes = null;
            }
            if (timetable.opens != null && timetable.closes != null && !timetable.closes.isAfter(timetable.opens)) {
                fields.warn("schedule closes_at is not after opens_at: the end time is left out");
                timetable.closes = null;
            }
        }
        return timetable;
    }

    private static boolean readDays(String freq, String byday, int interval, Timetable timetable) {
        var days = new LinkedHashSet<DayOfWeek>();
        var ordinals = new LinkedHashSet<Integer>();
        for (var token : byday.toUpperCase(Locale.ROOT).split("\\s*,\\s*")) {
            var day = BYDAY.matcher(token.strip());
            if (!day.matches()) {
                return false;
            }
            days.add(DAYS.get(day.group(2)));
            ordinals.add(day.group(1) == null ? 0 : Integer.parseInt(day.group(1)));
        }
        if (days.isEmpty() || ordinals.size() != 1) {
            return false;
        }
        int ordinal = ordinals.iterator().next();
        if (freq.equals("WEEKLY") && ordinal == 0 && (interval == 1 || interval == 2)) {
            timetable.days = List.copyOf(days);
            timetable.frequency = interval == 1 ? Frequency.WEEKLY : Frequency.FORTNIGHTLY;
            return true;
        }
        if (freq.equals("MONTHLY") && interval == 1 && days.size() == 1 && (ordinal >= 1 && ordinal <= 4 || ordinal == -1)) {
            timetable.days = List.copyOf(days);
            timetable.frequency = Frequency.MONTHLY;
            timetable.weekOfMonth = ordinal;
            return true;
        }
        return false;
    }

    private static @Nullable LocalTime time(JsonNode schedule, String field, FeedFields fields) {
        var value = fields.text(schedule, field, "schedule", false);
        if (value == null) {
            return null;
        }
        try {
            // "10:00", "10:00:00" and "10:00:00Z" all appear in feeds
            var clock = value.strip().replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "");
            return LocalTime.parse(clock.length() == 5 ? clock : clock.substring(0, Math.min(8, clock.length())));
        } catch (DateTimeParseException notATime) {
            fields.warn("schedule " + field + " \"" + value + "\" is not a time: left out");
            return null;
        }
    }

}
