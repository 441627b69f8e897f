package org.hedgerow.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from one address,
 * within a window, further attempts are refused until the oldest failure leaves the window. A successful
 * sign-in clears the username's failures. Counts are kept in this instance's memory.
 */
@Component
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInThrottle {

    private final SignInThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByUsername = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInThrottle(SignInThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if they must. */
    Optional<Duration> waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        var wait = waitFor(failuresByUsername.get(key(username)), limits.perUsername(), now);
        var waitAddress = waitFor(failuresByAddress.get(address), limits.perAddress(), now);
        if (wait.isEmpty()) {
            return waitAddress;
        }
        return waitAddress.map(w -> w.compareTo(wait.get()) > 0 ? w : wait.get()).or(() -> wait);
    }

    /** Records a failure; returns how many failures this username now has in the window. */
    int failed(String username, String address) {
        Instant now = clock.instant();
        add(failuresByAddress, address, now);
        return add(failuresByUsername, key(username), now);
    }

    void succeeded(String username) {
        failuresByUsername.remove(key(username));
    }

    private Optional<Duration> waitFor(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, failures.peekFirst().plus(limits.window())));
        }
    }

    private int add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        var deque = failures.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (deque) {
            prune(deque, now);
            deque.addLast(now);
            return deque.size();
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(limits.window()).isAfter(now)) {
            failures.pollFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
