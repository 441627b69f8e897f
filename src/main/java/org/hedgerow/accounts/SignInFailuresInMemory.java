package org.hedgerow.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Failed sign-ins counted in this instance's memory: the one-instance default. */
class SignInFailuresInMemory implements SignInFailures {

    private final Map<String, Deque<Instant>> byUsername = new HashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

    @Override
    public synchronized @Nullable Duration countUnlessFull(String username, String address, Instant now, String mark,
                                                           SignInThrottleProperties limits) {
        var forUsername = deque(byUsername, username, now, limits.window());
        var forAddress = deque(byAddress, address, now, limits.window());
        Duration wait = longest(waitFor(forUsername, limits.perUsername(), now, limits.window()),
                waitFor(forAddress, limits.perAddress(), now, limits.window()));
        if (wait == null) {
            forUsername.addLast(now);
            forAddress.addLast(now);
        }
        return wait;
    }

    @Override
    public synchronized void forgive(String username, String address, Instant at, String mark) {
        byUsername.remove(username);
        var forAddress = byAddress.get(address);
        if (forAddress != null) {
            forAddress.removeLastOccurrence(at);
        }
    }

    @Override
    public synchronized void withdraw(String username, String address, Instant at, String mark) {
        for (var failures : java.util.List.of(byUsername.getOrDefault(username, new ArrayDeque<>()),
                byAddress.getOrDefault(address, new ArrayDeque<>()))) {
            failures.removeLastOccurrence(at);
        }
    }

    @Override
    public synchronized int count(String username, Instant now, Duration window) {
        return deque(byUsername, username, now, window).size();
    }

    private static Deque<Instant> deque(Map<String, Deque<Instant>> failures, String key, Instant now,
                                        Duration window) {
        var deque = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!deque.isEmpty() && !deque.peekFirst().plus(window).isAfter(now)) {
            deque.pollFirst();
        }
        return deque;
    }

    private static @Nullable Duration waitFor(Deque<Instant> failures, int limit, Instant now, Duration window) {
        return failures.size() < limit ? null : Duration.between(now, failures.peekFirst().plus(window));
    }

    private static @Nullable Duration longest(@Nullable Duration a, @Nullable Duration b) {
        if (a == null) {
            return b;
        }
        return b != null && b.compareTo(a) > 0 ? b : a;
    }
}
