package org.hedgerow.accounts;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The accounts' current session stamps, as {@link SessionStampCheck} compares them with each signed-in request's,
 * held for a while instead of read from the graph on every request (a Bolt round trip: about 1 ms of a 5 ms read).
 * <ul>
 * <li>A stamp renewed through this instance (a password set, a role or enabled changed: {@link #renewed}) is
 * forgotten here when its transaction ends, and announced to the other instances where sessions are shared
 * ({@link SharedSessions}: Redis pub/sub, best effort), which forget it moments later: the account's other sessions
 * end at their next request, wherever it lands.</li>
 * <li>A stamp changed in the graph some other way (by hand, or by an instance that shares no sessions with this
 * one), or an announcement lost (Redis unreachable, a subscriber reconnecting), is read again at most
 * {@code hedgerow.sessions.stamp-recheck} (10 s) after it was last read.</li>
 * <li>A session whose stamp differs from the one held is checked against the graph before it is ended, so what is
 * held never ends a current session (one signed in, or given a new password, through another instance).</li>
 * </ul>
 */
@Component
class SessionStamps {

    private final Function<String, Optional<String>> read;
    private final Consumer<String> announce;
    private final Cache<String, Optional<String>> current;

    @Autowired
    SessionStamps(AccountStore accounts, ObjectProvider<StampRenewals> shared, ApplicationEventPublisher events,
                  @Value("${hedgerow.sessions.stamp-recheck:10s}") Duration recheck) {
        this(accounts::currentStamp, id -> {
            events.publishEvent(new SignInsRenewed(id));
            shared.ifAvailable(renewals -> renewals.announce(id));
        }, recheck, Ticker.systemTicker());
    }

    SessionStamps(Function<String, Optional<String>> read, Consumer<String> announce, Duration recheck,
                  Ticker ticker) {
        this.read = read;
        this.announce = announce;
        this.current = Caffeine.newBuilder().expireAfterWrite(recheck).maximumSize(100_000).ticker(ticker).build();
    }

    /**
     * Whether the session's stamp is still the account's, and the account still enabled and there. A stamp that
     * differs from the one held is checked against the graph before the session is ended: the session may be newer
     * than what is held (signed in, or its password changed, through another instance whose announcement has not
     * arrived), so what is held can keep an ended session alive until the recheck, never end a current one.
     */
    boolean isCurrent(String accountId, String sessionStamp) {
        if (current.get(accountId, read).map(sessionStamp::equals).orElse(false)) {
            return true;
        }
        forget(accountId);
        return current.get(accountId, read).map(sessionStamp::equals).orElse(false);
    }

    /**
     * The account's stamp was (or may have been) renewed in the transaction under way: forgotten here, told to this
     * instance ({@link SignInsRenewed}) and announced to the other instances, when the transaction ends (before
     * that, every reader still sees the old stamp).
     */
    void renewed(String accountId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forgetAndAnnounce(accountId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    forget(accountId);
                } else { // committed, or unknown (the connection lost during the commit): it may have changed
                    forgetAndAnnounce(accountId);
                }
            }
        });
    }

    /**
     * Forgets the account's stamp here (a renewal announced by another instance). A read of the graph under way for
     * the same account finishes first and is then forgotten: Caffeine loads a key of a synchronous cache inside its
     * map's compute, which an invalidation of that key waits for (keep it a synchronous {@code get(key, loader)}:
     * an {@code AsyncCache}, {@code getAll} or {@code refreshAfterWrite} would not be held to that).
     */
    void forget(String accountId) {
        current.invalidate(accountId);
    }

    private void forgetAndAnnounce(String accountId) {
        forget(accountId);
        announce.accept(accountId);
    }

    /** Tells the other instances that an account's stamp was renewed; exists where sessions are shared. */
    interface StampRenewals {
        void announce(String accountId);
    }
}
