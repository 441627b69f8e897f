package org.hedgerow.openreferral;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.hedgerow.activities.Frequency;
import org.hedgerow.activities.Schedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimetablesTests {

    @Test
    void weeklyOnItsDays() {
        var schedule = Timetables.of("s", "a", new Schedule(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY),
                Frequency.WEEKLY, null, LocalTime.of(9, 30), LocalTime.of(11, 0)));

        assertThat(schedule.freq()).isEqualTo("WEEKLY");
        assertThat(schedule.byday()).isEqualTo("MO,TH");
        assertThat(schedule.interval()).isNull();
        assertThat(schedule.opensAt()).isEqualTo("09:30:00");
        assertThat(schedule.closesAt()).isEqualTo("11:00:00");
        assertThat(schedule.serviceId()).isEqualTo("s");
        assertThat(schedule.id()).isEqualTo(PublicIds.SCHEDULE.of("a"));
    }

    @Test
    void monthlyOnTheNthOrLastOfItsDays() {
        var first = Timetables.of("s", "a", new Schedule(List.of(DayOfWeek.SATURDAY), Frequency.MONTHLY, 1,
                LocalTime.of(10, 0), LocalTime.of(12, 0)));
        var last = Timetables.of("s", "a", new Schedule(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Frequency.MONTHLY, -1, null, null));

        assertThat(first.freq()).isEqualTo("MONTHLY");
        assertThat(first.byday()).isEqualTo("1SA");
        assertThat(first.description()).isEqualTo("first Saturday of the month 10:00–12:00");
        assertThat(last.byday()).isEqualTo("-1SA,-1SU");
        assertThat(last.opensAt()).isNull();
    }

    @Test
    void fortnightlyIsWeeklyEveryOtherWeekFromHedgerowsFirstFortnight() {
        var schedule = Timetables.of("s", "a", new Schedule(List.of(DayOfWeek.WEDNESDAY), Frequency.FORTNIGHTLY, null,
                null, null));

        assertThat(schedule.freq()).isEqualTo("WEEKLY");
        assertThat(schedule.interval()).isEqualTo(2);
        assertThat(schedule.dtstart()).isEqualTo("2024-01-01");
        assertThat(schedule.byday()).isEqualTo("WE");
    }

    @Test
    void byArrangementHasNoRecurrence() {
        var schedule = Timetables.of("s", "a", new Schedule(List.of(), Frequency.WEEKLY, null, null, null));

        assertThat(schedule.freq()).isNull();
        assertThat(schedule.byday()).isNull();
        assertThat(schedule.description()).isEqualTo("by arrangement");
    }
}
