package org.hedgerow.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When an activity meets, as its parts (so search can filter on them) and as the phrase people use:
 * "every Tuesday 10:00–11:30", "every other Thursday 13:00–15:00", "first Saturday of the month 10:00–12:00".
 *
 * @param weekOfMonth for MONTHLY: 1–4, or -1 for the last week of the month
 */
public record Schedule(List<DayOfWeek> days, Frequency frequency, Integer weekOfMonth, LocalTime startTime,
                       LocalTime endTime) {

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

    /**
     * The listing keeps no start date, so a fortnightly activity meets in the weeks an even number of weeks from
     * this Monday: the same weeks for every fortnightly activity, shown on its page as its next dates.
     */
    public static final LocalDate FORTNIGHTS_FROM = LocalDate.of(2024, 1, 1);

    public Schedule {
        days = days == null ? List.of() : days.stream().distinct().sorted().toList();
        frequency = frequency == null ? Frequency.WEEKLY : frequency;
    }

    /** The schedule in words, as a listing shows it; empty when no days are set ("by arrangement"). */
    public String describe() {
        if (days.isEmpty()) {
            return "by arrangement";
        }
        String dayNames = joinDays();
        String when = switch (frequency) {
            case WEEKLY -> "every " + dayNames;
            case FORTNIGHTLY -> "every other " + dayNames;
            case MONTHLY -> ordinal() + " " + dayNames + " of the month";
        };
        if (startTime == null) {
            return when;
        }
        return when + " " + startTime + (endTime == null ? "" : "–" + endTime);
    }

    /** Whether the activity meets on this date by its timetable ("by arrangement" meets on no set date). */
    public boolean meetsOn(LocalDate date) {
        if (!days.contains(date.getDayOfWeek())) {
            return false;
        }
        return switch (frequency) {
            case WEEKLY -> true;
            case FORTNIGHTLY -> ChronoUnit.WEEKS.between(FORTNIGHTS_FROM,
                    date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) % 2 == 0;
            case MONTHLY -> weekOfMonth != null && (weekOfMonth == -1
                    ? date.getDayOfMonth() + 7 > date.lengthOfMonth()
                    : (date.getDayOfMonth() - 1) / 7 + 1 == weekOfMonth);
        };
    }

    /** The first {@code count} dates it meets on, from {@code from} (included); none for "by arrangement". */
    public List<LocalDate> datesFrom(LocalDate from, int count) {
        var dates = new ArrayList<LocalDate>(count);
        // A monthly session comes round within about five weeks, so a count of them is found within 6 × count.
        for (var date = from; !days.isEmpty() && dates.size() < count && date.isBefore(from.plusWeeks(6L * count + 6));
             date = date.plusDays(1)) {
            if (meetsOn(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private String ordinal() {
        if (weekOfMonth == null) {
            return "one";
        }
        if (weekOfMonth == -1) {
            return "last";
        }
        return weekOfMonth >= 1 && weekOfMonth <= ORDINALS.size() ? ORDINALS.get(weekOfMonth - 1) : "one";
    }

    private String joinDays() {
        var names = days.stream().map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK)).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.getLast();
    }
}
