package org.hedgerow.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.hedgerow.LocalRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle with its counts in a real Redis (Debian's redis-server, started for the class), as two
 * instances behind a load balancer share them: two throttles, one per "instance", on one Redis. Without
 * redis-server the class is skipped with a message, except on CI, where it fails.
 */
@Tag("instances")
class SharedSignInThrottleTests {

    static LocalRedis redis;
    static LettuceConnectionFactory connections;
    static StringRedisTemplate template;

    private final SignInThrottleTests.MovableClock clock =
            new SignInThrottleTests.MovableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final SignInThrottleProperties limits = new SignInThrottleProperties(3, 5, Duration.ofMinutes(15));
    private final SignInThrottle one = new SignInThrottle(limits, clock, new SignInFailuresInRedis(template));
    private final SignInThrottle two = new SignInThrottle(limits, clock, new SignInFailuresInRedis(template));

    @BeforeAll
    static void redis() throws Exception {
        redis = LocalRedis.start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port));
        connections.afterPropertiesSet();
        connections.start();
        template = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void stop() throws Exception {
        if (connections != null) {
            connections.destroy();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void empty() {
        template.execute(connection -> {
            connection.serverCommands().flushAll();
            return null;
        }, true);
    }

    @Test
    void failuresOnEitherInstanceCountTowardsOneLimitUntilTheOldestLeavesTheWindow() {
        assertThat(one.begin("Gene", "10.0.0.1").refused()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(two.begin("gene", "10.0.0.2").refused()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(one.begin("gene", "10.0.0.3").refused()).isFalse();
        clock.advance(Duration.ofMinutes(1));

        assertThat(two.begin("gene", "10.0.0.4").refusedFor()).isEqualTo(Duration.ofMinutes(12));
        assertThat(one.failures("gene")).isEqualTo(3);

        clock.advance(Duration.ofMinutes(12));
        assertThat(two.begin("gene", "10.0.0.4").refused()).isFalse();
    }

    @Test
    void parallelGuessesOnTwoInstancesGetNoMoreThanTheLimitBetweenThem() throws Exception {
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 40; i++) {
            var throttle = i % 2 == 0 ? one : two;
            String address = "10.0.1." + i;
            attempts.add(() -> !throttle.begin("quinn", address).refused());
        }
        int through = 0;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var result : threads.invokeAll(attempts)) {
                through += result.get() ? 1 : 0;
            }
        }
        assertThat(through).isEqualTo(3);
        assertThat(two.failures("quinn")).isEqualTo(3);
    }

    @Test
    void aSuccessOnOneInstanceForgivesTheUsernameOnTheOther() {
        one.begin("pat", "10.0.0.1");
        one.begin("pat", "10.0.0.1");
        var right = two.begin("pat", "10.0.0.1");
        two.succeeded(right);

        assertThat(one.failures("pat")).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(one.begin("pat", "10.0.0.1").refused()).isFalse();
        }
        assertThat(two.begin("pat", "10.0.0.1").refused()).as("3 new failures").isTrue();
    }

    @Test
    void oneAddressIsLimitedAcrossUsernamesAndInstances() {
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? one : two).begin("user" + i, "10.0.0.9").refused()).isFalse();
        }
        assertThat(one.begin("someone-else", "10.0.0.9").refused()).isTrue();
        assertThat(two.begin("someone-else", "10.0.0.10").refused()).isFalse();
    }
}
