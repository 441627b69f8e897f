package org.hedgerow.openreferral;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.hedgerow.activities.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * An activity's timetable as an ORUK schedule (an iCalendar recurrence, RFC 5545): weekly on its days
 * ({@code WEEKLY}, {@code byday MO,TH}); fortnightly as weekly every 2 weeks from the Monday Hedgerow counts
 * fortnights from (so a reader's calendar lands on the same weeks as the directory's); monthly on the nth (or last)
 * of its days ({@code MONTHLY}, {@code byday 1SA} or {@code -1SA}). Times are local ({@code HH:mm:ss}, Europe/London).
 * An activity "by arrangement" (no days) has a schedule that says so and no recurrence.
 */
final class Timetables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Timetables() {
    }

    static Service.Schedule of(String serviceId, String activityId, Schedule schedule) {
        String id = PublicIds.SCHEDULE.of(activityId);
        String opens = time(schedule.startTime());
        String closes = time(schedule.endTime());
        if (schedule.days().isEmpty()) {
            return new Service.Schedule(id, serviceId, null, null, null, null, opens, closes, schedule.describe());
        }
        return switch (schedule.frequency()) {
            case WEEKLY -> new Service.Schedule(id, serviceId, "WEEKLY", null, days(schedule.days(), ""), null, opens,
                    closes, schedule.describe());
            case FORTNIGHTLY -> new Service.Schedule(id, serviceId, "WEEKLY", 2, days(schedule.days(), ""),
                    Schedule.FORTNIGHTS_FROM.toString(), opens, closes, schedule.describe());
            case MONTHLY -> new Service.Schedule(id, serviceId, "MONTHLY", null,
                    days(schedule.days(), schedule.weekOfMonth() == null ? "" : schedule.weekOfMonth().toString()),
                    null, opens, closes, schedule.describe());
        };
    }

    /** {@code MO,TH}, or with the week of the month before each day: {@code 1SA}, {@code -1SA}. */
    static String days(List<DayOfWeek> days, String week) {
        return days.stream().map(day -> week + day.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    private static @Nullable String time(@Nullable LocalTime time) {
        return time == null ? null : time.format(TIME);
    }
}
