package org.hedgerow.core;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures a write marked {@link RetriedWhenTransient} is run again for: lock conflicts only. */
class RetriedWhenTransientTests {

    private final RetriedWhenTransient.LockConflict retry = new RetriedWhenTransient.LockConflict();
    private final Method method = Object.class.getMethods()[0];

    @Test
    void aDeadlockOrALockNotTakenInTimeIsRetriedHoweverSpringWrappedIt() {
        assertThat(retry.shouldRetry(method, wrapped("Neo.TransientError.Transaction.DeadlockDetected"))).isTrue();
        assertThat(retry.shouldRetry(method, wrapped("Neo.TransientError.Transaction.LockAcquisitionTimeout"))).isTrue();
        assertThat(retry.shouldRetry(method, new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
                "cycle"))).isTrue();
    }

    @Test
    void otherTransientErrorsAPauseAndAnUnreachableDatabaseAreNot() {
        assertThat(retry.shouldRetry(method, wrapped("Neo.TransientError.General.DatabaseUnavailable"))).isFalse();
        assertThat(retry.shouldRetry(method, wrapped("Neo.TransientError.Transaction.MaximumTransactionLimitReached")))
                .isFalse();
        assertThat(retry.shouldRetry(method, new TransientDataAccessResourceException("paused for a backup")))
                .isFalse();
        assertThat(retry.shouldRetry(method, new ServiceUnavailableException("connection refused"))).isFalse();
        assertThat(retry.shouldRetry(method, new IllegalStateException("a bug"))).isFalse();
    }

    private static RuntimeException wrapped(String code) {
        return new TransientDataAccessResourceException("as Spring Data Neo4j translates it",
                new TransientException(code, "the database's message"));
    }
}
