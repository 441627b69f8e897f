package org.hedgerow.activities;

import org.hedgerow.core.Freshness;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime HALF_ELEVEN = LocalTime.of(11, 30);

    @Test
    void describesWeeklyFortnightlyAndMonthlyMeetingsAsPeopleSayThem() {
        assertThat(new Schedule(List.of(DayOfWeek.TUESDAY), Frequency.WEEKLY, null, TEN, HALF_ELEVEN).describe())
                .isEqualTo("every Tuesday 10:00–11:30");
        assertThat(new Schedule(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), Frequency.FORTNIGHTLY, null, TEN, null)
                .describe()).isEqualTo("every other Monday and Thursday 10:00");
        assertThat(new Schedule(List.of(DayOfWeek.SATURDAY), Frequency.MONTHLY, 1, TEN, HALF_ELEVEN).describe())
                .isEqualTo("first Saturday of the month 10:00–11:30");
        assertThat(new Schedule(List.of(DayOfWeek.FRIDAY), Frequency.MONTHLY, -1, null, null).describe())
                .isEqualTo("last Friday of the month");
        assertThat(new Schedule(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), null, null, null,
                null).describe()).isEqualTo("every Monday, Wednesday and Friday");
        assertThat(new Schedule(List.of(), Frequency.WEEKLY, null, null, null).describe()).isEqualTo("by arrangement");
    }

    @Test
    void theNextDatesFollowTheTimetable() {
        var tuesday1st = LocalDate.of(2026, 12, 1);
        assertThat(new Schedule(List.of(DayOfWeek.SATURDAY), Frequency.MONTHLY, 1, TEN, null).datesFrom(tuesday1st, 3))
                .as("first Saturday of the month").containsExactly(LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 2),
                        LocalDate.of(2027, 2, 6));
        assertThat(new Schedule(List.of(DayOfWeek.FRIDAY), Frequency.MONTHLY, -1, TEN, null).datesFrom(tuesday1st, 3))
                .as("last Friday of the month").containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 29),
                        LocalDate.of(2027, 2, 26));
        assertThat(new Schedule(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Frequency.WEEKLY, null, TEN, null)
                .datesFrom(tuesday1st, 3)).as("from today, today included")
                .containsExactly(tuesday1st, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 8));
        // Monday 7 December is 153 weeks after Monday 1 January 2024 (odd), the 14th is 154 (even).
        assertThat(new Schedule(List.of(DayOfWeek.MONDAY), Frequency.FORTNIGHTLY, null, TEN, null)
                .datesFrom(tuesday1st, 2)).containsExactly(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 28));
        assertThat(new Schedule(List.of(), Frequency.WEEKLY, null, null, null).datesFrom(tuesday1st, 3))
                .as("by arrangement").isEmpty();
    }

    @Test
    void aChangedSessionKeepsItsLengthAndTheOthersAreAsPlanned() {
        var schedule = new Schedule(List.of(DayOfWeek.SATURDAY), Frequency.WEEKLY, null, TEN, HALF_ELEVEN);
        var strutt = new Session.Place("v-strutt", "Strutt Centre", "DE56 1AB");
        var sessions = Sessions.next(schedule, List.of(
                new SessionChange(LocalDate.of(2026, 12, 5), SessionStatus.CANCELLED, "The towpath is flooded", null,
                        null, 0),
                new SessionChange(LocalDate.of(2026, 12, 12), SessionStatus.CHANGED, "At the Strutt Centre",
                        LocalTime.of(13, 0), strutt, 2),
                new SessionChange(LocalDate.of(2026, 12, 9), SessionStatus.CANCELLED, "not a Saturday", null, null,
                        0)),
                LocalDate.of(2026, 12, 1), 3);
        assertThat(sessions).containsExactly(
                new Session(LocalDate.of(2026, 12, 5), TEN, HALF_ELEVEN, SessionStatus.CANCELLED,
                        "The towpath is flooded", null, 0L),
                new Session(LocalDate.of(2026, 12, 12), LocalTime.of(13, 0), LocalTime.of(14, 30),
                        SessionStatus.CHANGED, "At the Strutt Centre", strutt, 2L),
                new Session(LocalDate.of(2026, 12, 19), TEN, HALF_ELEVEN, SessionStatus.AS_PLANNED, null, null, null));
    }

    @Test
    void listingsNotUpdatedForSixMonthsAreStale() {
        var clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        assertThat(Freshness.isStale(Instant.parse("2026-05-22T12:00:00Z"), clock)).isFalse();
        assertThat(Freshness.isStale(Instant.parse("2026-05-21T11:59:59Z"), clock)).isTrue();
        assertThat(Freshness.isStale(null, clock)).isTrue();
    }
}
