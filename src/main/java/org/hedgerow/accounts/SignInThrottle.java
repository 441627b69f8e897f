package org.hedgerow.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after too many failed sign-ins for one username, or from one address, within a window,
 * further attempts are refused until the oldest failure leaves the window. Password sign-ins, the password given to
 * change it, and passkey sign-ins ({@link PasskeySignIn}) all count.
 * <p>
 * Every attempt counts as a failure from the moment it begins ({@link #begin}), and is taken back when it
 * succeeds ({@link #succeeded}), so a burst of parallel guesses cannot all slip past the check before the
 * first of them has failed. Counts are kept in this instance's memory, or, with shared sessions
 * ({@code hedgerow.sessions.store=redis}), in Redis, where every instance counts the same failures.
 */
@Component
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInThrottle {

    private final SignInThrottleProperties limits;
    private final Clock clock;
    private final SignInFailures failures;

    /** Counts in this instance's memory. */
    SignInThrottle(SignInThrottleProperties limits, Clock clock) {
        this(limits, clock, new SignInFailuresInMemory());
    }

    /** Counts where the app keeps them: shared ones when shared sessions configured them, else in memory. */
    @Autowired
    SignInThrottle(SignInThrottleProperties limits, Clock clock, ObjectProvider<SignInFailures> shared) {
        this(limits, clock, shared.getIfAvailable(SignInFailuresInMemory::new));
    }

    SignInThrottle(SignInThrottleProperties limits, Clock clock, SignInFailures failures) {
        this.limits = limits;
        this.clock = clock;
        this.failures = failures;
    }

    /**
     * An attempt to prove a password: either under way (tell the throttle if it {@link #succeeded}), or
     * refused, with how long to wait before trying again. The mark tells this attempt's failure from others
     * begun at the same instant.
     */
    record Attempt(String username, String address, Instant at, String mark, @Nullable Duration refusedFor) {

        boolean refused() {
            return refusedFor != null;
        }
    }

    /** Starts an attempt, which counts as a failure until it succeeds, or refuses it. */
    Attempt begin(String username, String address) {
        Instant now = clock.instant();
        String mark = UUID.randomUUID().toString();
        Duration wait = failures.countUnlessFull(key(username), address(address), now, mark, limits);
        return new Attempt(username, address, now, mark, wait);
    }

    /** The attempt succeeded: it was not a failure, and the username's earlier failures are forgiven. */
    void succeeded(Attempt attempt) {
        failures.forgive(key(attempt.username()), address(attempt.address()), attempt.at(), attempt.mark());
    }

    /**
     * The attempt got no answer (the accounts could not be read: the database is gone or busy), so it was no failure;
     * the username's earlier failures stand.
     */
    void unanswered(Attempt attempt) {
        failures.withdraw(key(attempt.username()), address(attempt.address()), attempt.at(), attempt.mark());
    }

    /** How many failures (attempts under way included) a username has within the window. */
    int failures(String username) {
        return failures.count(key(username), clock.instant(), limits.window());
    }

    /** The problem type, title and detail of a refused attempt, and its {@code Retry-After} in seconds. */
    static final String PROBLEM = "sign-in-throttled";
    static final String TITLE = "Too many failed sign-ins";

    static String detail(Duration wait) {
        return "Too many failed sign-ins for this account or from this address. Try again in "
                + Math.max(1, (retryAfter(wait) + 59) / 60) + " minute(s).";
    }

    static long retryAfter(Duration wait) {
        return Math.max(1, wait.toSeconds());
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }
}
