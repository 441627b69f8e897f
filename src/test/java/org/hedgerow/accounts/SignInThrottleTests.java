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
            assertThat(throttle.begin(i == 0 ? "Gene" : "gene", "10.0.0.1").refused()).isFalse();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.begin("gene", "10.0.0.2").refusedFor()).isEqualTo(Duration.ofMinutes(12));

        clock.advance(Duration.ofMinutes(12));
        assertThat(throttle.begin("gene", "10.0.0.2").refused()).isFalse();
    }

    @Test
    void refusesAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("user" + i, "10.0.0.9");
        }
        assertThat(throttle.begin("someone-else", "10.0.0.9").refused()).isTrue();
        assertThat(throttle.begin("someone-else", "10.0.0.10").refused()).isFalse();
    }

    @Test
    void aSuccessfulSignInIsNoFailureAndForgivesTheUsernamesEarlierOnes() {
        throttle.begin("scott", "10.0.0.1");
        throttle.begin("scott", "10.0.0.1");
        throttle.succeeded(throttle.begin("scott", "10.0.0.1"));
        throttle.begin("scott", "10.0.0.1");

        assertThat(throttle.failures("scott")).isEqualTo(1);
        assertThat(throttle.begin("scott", "10.0.0.3").refused()).isFalse();
    }

    @Test
    void anAttemptTheDatabaseCouldNotAnswerIsNoFailureButEarlierFailuresStand() {
        throttle.begin("pat", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.unanswered(throttle.begin("pat", "10.0.0.1"));
        }

        assertThat(throttle.failures("pat")).isEqualTo(1);
        assertThat(throttle.begin("pat", "10.0.0.1").refused()).as("ten sign-ins during an outage lock nobody out")
                .isFalse();
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreTriesThanTheLimit() throws Exception {
        var admitted = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 64; i++) {
                pool.submit(() -> {
                    start.await();
                    if (!throttle.begin("ruth", "10.0.0.1").refused()) {
                        admitted.incrementAndGet();
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(admitted).hasValue(3);
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
