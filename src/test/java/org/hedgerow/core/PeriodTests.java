package org.hedgerow.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A period is of the network's days: its bounds are UK midnights, and its default ends on the UK's today. */
class PeriodTests {

    private static final Clock SUMMER_NIGHT = Clock.fixed(Instant.parse("2025-06-01T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void itsBoundsAreMidnightsInTheUk() {
        var june = Period.of(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"), SUMMER_NIGHT);
        assertThat(june.start()).isEqualTo(ZonedDateTime.parse("2025-05-31T23:00:00Z"));
        assertThat(june.end()).isEqualTo(ZonedDateTime.parse("2025-06-30T23:00:00Z"));
        var december = Period.of(LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-31"), SUMMER_NIGHT);
        assertThat(december.start()).isEqualTo(ZonedDateTime.parse("2025-12-01T00:00:00Z"));
        assertThat(december.end()).isEqualTo(ZonedDateTime.parse("2026-01-01T00:00:00Z"));
        // The night the clocks go forward has 23 hours, the night they go back 25.
        var spring = Period.of(LocalDate.parse("2025-03-30"), LocalDate.parse("2025-03-30"), SUMMER_NIGHT);
        assertThat(spring.end().toEpochSecond() - spring.start().toEpochSecond()).isEqualTo(23 * 3600);
        var autumn = Period.of(LocalDate.parse("2025-10-26"), LocalDate.parse("2025-10-26"), SUMMER_NIGHT);
        assertThat(autumn.end().toEpochSecond() - autumn.start().toEpochSecond()).isEqualTo(25 * 3600);
    }

    @Test
    void byDefaultItIsTheTwelveMonthsUpToTodayInTheUk() {
        // 23:30 UTC on 1 June is 00:30 on 2 June in the UK.
        var period = Period.of(null, null, SUMMER_NIGHT);
        assertThat(period.to()).isEqualTo(LocalDate.parse("2025-06-02"));
        assertThat(period.from()).isEqualTo(LocalDate.parse("2024-06-03"));
    }

    @Test
    void itMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> Period.of(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-01"), SUMMER_NIGHT))
                .isInstanceOf(InvalidRequestException.class);
    }
}
