package org.hedgerow.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;

import org.neo4j.driver.exceptions.TransientException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * A write that Neo4j may refuse for the moment and that is safe to run again: the database answered with a
 * transient error (above all a deadlock between two transactions creating relationships on the same busy node, such
 * as one person's referrals made at once), the whole transaction was rolled back, and the method (called from
 * outside its transaction, e.g. on a controller) is run again in a new one, up to three more times, 10 ms apart and
 * doubling, with jitter so that the two sides of a deadlock do not meet again. Only the database's own transient
 * errors count: a pause for a backup ({@link ApiPause}) or a database that cannot be reached is not retried here.
 * After the last attempt the error goes on to {@link ApiAdmission}: 503 Busy.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = RetriedWhenTransient.DatabaseSaidTransient.class, maxRetries = 3, delay = 10, jitter = 10,
        multiplier = 2, maxDelay = 200)
public @interface RetriedWhenTransient {

    /** Whether the database itself called the failure transient: a driver {@link TransientException} anywhere in its causes. */
    final class DatabaseSaidTransient implements MethodRetryPredicate {

        @Override
        public boolean shouldRetry(Method method, Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof TransientException) {
                    return true;
                }
            }
            return false;
        }
    }
}
