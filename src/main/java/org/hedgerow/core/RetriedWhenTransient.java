package org.hedgerow.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Set;

import org.neo4j.driver.exceptions.TransientException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * A write that may meet another transaction's locks and is safe to run again: when Neo4j refuses it for a lock
 * conflict (a deadlock between two transactions creating relationships on the same busy node, such as one person's
 * referrals made at once, or a lock not acquired in time), the whole transaction was rolled back, and the method
 * (called from outside its transaction, e.g. on a controller) is run again in a new one, up to five more times,
 * 20 ms apart and doubling (at most 500 ms), with jitter so that the two sides of a deadlock do not meet again.
 * Other transient errors are not retried here: a database that is unavailable or restarting, out of transaction memory or at its
 * transaction limit would only get more load, and a pause for a backup ({@link ApiPause}) has its own answer. After
 * the last attempt the error goes on to {@link ApiAdmission}: 503 Busy.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = RetriedWhenTransient.LockConflict.class, maxRetries = 5, delay = 20, jitter = 10,
        multiplier = 2, maxDelay = 500)
public @interface RetriedWhenTransient {

    /** Whether the database refused for a lock conflict: a driver {@link TransientException} with one of {@link #CODES}. */
    final class LockConflict implements MethodRetryPredicate {

        /** Neo4j's codes for a transaction that lost a lock conflict and was rolled back. */
        static final Set<String> CODES = Set.of("Neo.TransientError.Transaction.DeadlockDetected",
                "Neo.TransientError.Transaction.LockAcquisitionTimeout");

        @Override
        public boolean shouldRetry(Method method, Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TransientException lockRefused && CODES.contains(lockRefused.code())) {
                    return true;
                }
            }
            return false;
        }
    }
}
