package org.hedgerow.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottleProperties(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void refusesAUsernameAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBeforeTrying("gene", "10.0.0.1")).isEmpty();
            throttle.failed("Gene", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.waitBeforeTrying("gene", "10.0.0.2")).hasValue(Duration.ofMinutes(12));

        clock.advance(Duration.ofMinutes(12));
        assertThat(throttle.waitBeforeTrying("gene", "10.0.0.2")).isEmpty();
    }

    @Test
    void refusesAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.10")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheUsernamesFailures() {
        throttle.failed("scott", "10.0.0.1");
        throttle.failed("scott", "10.0.0.1");
        throttle.succeeded("scott");
        throttle.failed("scott", "10.0.0.1");
        throttle.failed("scott", "10.0.0.1");

        assertThat(throttle.waitBeforeTrying("scott", "10.0.0.3")).isEmpty();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
