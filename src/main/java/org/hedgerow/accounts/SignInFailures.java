package org.hedgerow.accounts;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where {@link SignInThrottle} keeps its counts of failed sign-ins: in this instance's memory, or shared by every
 * instance (Redis, with shared sessions). Each count is by username and by address, over a sliding window.
 */
interface SignInFailures {

    /**
     * Counts one more failure (marked {@code mark}) for the username and the address, at {@code now}, unless either
     * already holds its limit of failures within the window; checked and counted in one step, so that parallel
     * attempts, on any instance, cannot all slip under the limit.
     *
     * @return how long until the oldest failure that holds the limit leaves the window, or null when counted
     */
    @Nullable Duration countUnlessFull(String username, String address, Instant now, String mark,
                                       SignInThrottleProperties limits);

    /** The attempt marked {@code mark} succeeded: the username's failures are forgiven, and this one from the address. */
    void forgive(String username, String address, Instant at, String mark);

    /**
     * The attempt marked {@code mark} got no answer (the database could not say whether the password was right): it
     * is no failure, so it is taken back, and the username's earlier failures stand.
     */
    void withdraw(String username, String address, Instant at, String mark);

    /** Failures of the username within the window before {@code now}. */
    int count(String username, Instant now, Duration window);
}
