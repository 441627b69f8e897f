package org.hedgerow.activities;

import org.hedgerow.core.Freshness;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
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
    void listingsNotUpdatedForSixMonthsAreStale() {
        var clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        assertThat(Freshness.isStale(Instant.parse("2026-05-22T12:00:00Z"), clock)).isFalse();
        assertThat(Freshness.isStale(Instant.parse("2026-05-21T11:59:59Z"), clock)).isTrue();
        assertThat(Freshness.isStale(null, clock)).isTrue();
    }
}
