package org.hedgerow.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stamps held between requests: read from the graph once per recheck, forgotten (and announced to the other
 * instances) only once the transaction that renewed one has ended. The graph and the clock are stand-ins here;
 * the whole round trip is in AccountManagementTests (one instance) and live.SeveralInstancesTests (two, Redis).
 */
class SessionStampsTests {

    private final Map<String, String> graph = new ConcurrentHashMap<>(Map.of("amira", "stamp-1"));
    private final List<String> reads = new CopyOnWriteArrayList<>();
    private final List<String> announced = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final SessionStamps stamps = new SessionStamps(id -> {
        reads.add(id);
        return Optional.ofNullable(graph.get(id));
    }, announced::add, Duration.ofSeconds(10), nanos::get);

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aStampIsReadFromTheGraphOncePerRecheck() {
        for (int i = 0; i < 5; i++) {
            assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        }
        assertThat(reads).containsExactly("amira");

        graph.put("amira", "stamp-2"); // changed in the graph by hand: noticed at the next recheck
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(stamps.isCurrent("amira", "stamp-1")).isFalse(); // read again, then checked once more
        assertThat(stamps.isCurrent("amira", "stamp-2")).isTrue();
        assertThat(reads).containsExactly("amira", "amira", "amira");
    }

    @Test
    void aSessionNewerThanTheStampHeldIsCheckedAgainstTheGraphAndCarriesOn() {
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        graph.put("amira", "stamp-2"); // e.g. the password changed through another instance, not yet announced

        assertThat(stamps.isCurrent("amira", "stamp-2")).as("the session that changed it").isTrue();
        assertThat(stamps.isCurrent("amira", "stamp-1")).as("the account's other sessions").isFalse();
        assertThat(reads).containsExactly("amira", "amira", "amira");
    }

    @Test
    void anAccountGoneOrDisabledHasNoCurrentStamp() {
        assertThat(stamps.isCurrent("gene", "")).isFalse();
        assertThat(stamps.isCurrent("gene", "stamp-1")).isFalse();
        assertThat(reads).containsOnly("gene");
    }

    /** A read of the graph under way when a renewal is forgotten does not leave the old stamp held. */
    @Test
    void aReadUnderWayWhenAStampIsForgottenLeavesNothingStale() throws Exception {
        var reading = new CountDownLatch(1);
        var answer = new CountDownLatch(1);
        var first = new AtomicBoolean(true);
        var slow = new SessionStamps(id -> {
            String stamp = graph.get(id); // read before the renewal commits
            if (first.getAndSet(false)) {
                reading.countDown();
                await(answer);
            }
            return Optional.ofNullable(stamp);
        }, announced::add, Duration.ofSeconds(10), nanos::get);

        var request = Thread.ofVirtual().start(() -> slow.isCurrent("amira", "stamp-1"));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        graph.put("amira", "stamp-2");
        var forgetting = Thread.ofVirtual().start(() -> slow.forget("amira")); // the renewal, committed
        forgetting.join(200); // waits for the read under way
        answer.countDown();
        request.join(5_000);
        forgetting.join(5_000);

        assertThat(slow.isCurrent("amira", "stamp-1")).isFalse();
        assertThat(slow.isCurrent("amira", "stamp-2")).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aStampRenewedInATransactionIsForgottenAndAnnouncedWhenTheTransactionEnds() {
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        TransactionSynchronizationManager.initSynchronization();

        graph.put("amira", "stamp-2");
        stamps.renewed("amira");
        assertThat(announced).as("nothing is announced before the commit").isEmpty();
        assertThat(stamps.isCurrent("amira", "stamp-1")).as("before the commit, readers see the old stamp").isTrue();

        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

        assertThat(announced).containsExactly("amira");
        assertThat(stamps.isCurrent("amira", "stamp-1")).isFalse();
        assertThat(stamps.isCurrent("amira", "stamp-2")).isTrue();
    }

    @Test
    void aRenewalWhoseTransactionRollsBackIsForgottenHereButNotAnnounced() {
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        TransactionSynchronizationManager.initSynchronization();
        stamps.renewed("amira");

        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(announced).as("the stamp did not change: nothing to tell anyone").isEmpty();
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
    }

    @Test
    void aRenewalWhoseCommitsOutcomeIsUnknownIsAnnouncedAsIfItCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        stamps.renewed("amira");

        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_UNKNOWN));

        assertThat(announced).as("the connection was lost during the commit: it may have changed")
                .containsExactly("amira");
    }

    @Test
    void aStampRenewedOutsideATransactionIsForgottenAndAnnouncedAtOnce() {
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        graph.put("amira", "stamp-2");
        stamps.renewed("amira");
        assertThat(announced).containsExactly("amira");
        assertThat(stamps.isCurrent("amira", "stamp-1")).isFalse();
    }

    @Test
    void aRenewalAnnouncedByAnotherInstanceIsForgottenHere() {
        assertThat(stamps.isCurrent("amira", "stamp-1")).isTrue();
        graph.put("amira", "stamp-2");
        stamps.forget("amira");
        assertThat(stamps.isCurrent("amira", "stamp-1")).isFalse();
        assertThat(announced).as("not announced again").isEmpty();
    }
}
