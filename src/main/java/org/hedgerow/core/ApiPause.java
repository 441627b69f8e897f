package org.hedgerow.core;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Holds the API still for a moment, e.g. while the database is stopped to be backed up: no request is at work
 * while {@code work} runs, and those arriving meanwhile wait their usual turn and are then answered 503 Busy (with
 * {@code Retry-After}), never an error.
 */
public interface ApiPause {

    /**
     * Waits up to {@code drain} for the requests at work to finish (the caller's own request, if it is one, aside),
     * runs {@code work} with none let in, and lets them in again.
     *
     * @throws NotStill when requests were still at work after {@code drain}: {@code work} did not run
     */
    <T> T whileStill(Duration drain, Supplier<T> work);

    /** The API did not fall still in time; answered as 503 Busy like any other transient refusal. */
    final class NotStill extends TransientDataAccessResourceException {
        public NotStill(Duration drain) {
            super("Requests were still at work after " + drain.toMillis() + " ms; nothing was done");
        }
    }
}
