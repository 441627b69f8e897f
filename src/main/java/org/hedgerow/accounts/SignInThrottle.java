package org.hedgerow.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from one address,
 * within a window, further attempts are refused until the oldest failure leaves the window.
 * <p>
 * Every attempt counts as a failure from the moment it begins ({@link #begin}), and is taken back when it
 * succeeds ({@link #succeeded}), so a burst of parallel guesses cannot all slip past the check before the
 * first of them has failed. Counts are kept in this instance's memory.
 */
@Component
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInThrottle {

    private final SignInThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byUsername = new HashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

    SignInThrottle(SignInThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * An attempt to prove a password: either under way (tell the throttle if it {@link #succeeded}), or
     * refused, with how long to wait before trying again.
     */
    record Attempt(String username, String address, Instant at, Duration refusedFor) {

        boolean refused() {
            return refusedFor != null;
        }
    }

    /** Starts an attempt, which counts as a failure until it succeeds, or refuses it. */
    synchronized Attempt begin(String username, String address) {
        Instant now = clock.instant();
        var forUsername = deque(byUsername, key(username), now);
        var forAddress = deque(byAddress, address, now);
        Optional<Duration> wait = longest(waitFor(forUsername, limits.perUsername(), now),
                waitFor(forAddress, limits.perAddress(), now));
        if (wait.isPresent()) {
            return new Attempt(username, address, now, wait.get());
        }
        forUsername.addLast(now);
        forAddress.addLast(now);
        return new Attempt(username, address, now, null);
    }

    /** The attempt succeeded: it was not a failure, and the username's earlier failures are forgiven. */
    synchronized void succeeded(Attempt attempt) {
        byUsername.remove(key(attempt.username()));
        var forAddress = byAddress.get(attempt.address() == null ? "" : attempt.address());
        if (forAddress != null) {
            forAddress.removeLastOccurrence(attempt.at());
        }
    }

    /**
     * The attempt got no answer (the accounts could not be read: the database is gone or busy), so it was no failure;
     * the username's earlier failures stand.
     */
    synchronized void unanswered(Attempt attempt) {
        var forUsername = byUsername.get(key(attempt.username()));
        if (forUsername != null) {
            forUsername.removeLastOccurrence(attempt.at());
        }
        var forAddress = byAddress.get(attempt.address() == null ? "" : attempt.address());
        if (forAddress != null) {
            forAddress.removeLastOccurrence(attempt.at());
        }
    }

    /** How many failures (attempts under way included) a username has within the window. */
    synchronized int failures(String username) {
        return deque(byUsername, key(username), clock.instant()).size();
    }

    private Deque<Instant> deque(Map<String, Deque<Instant>> failures, String key, Instant now) {
        var deque = failures.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        while (!deque.isEmpty() && !deque.peekFirst().plus(limits.window()).isAfter(now)) {
            deque.pollFirst();
        }
        return deque;
    }

    private Optional<Duration> waitFor(Deque<Instant> failures, int limit, Instant now) {
        return failures.size() < limit ? Optional.empty()
                : Optional.of(Duration.between(now, failures.peekFirst().plus(limits.window())));
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
