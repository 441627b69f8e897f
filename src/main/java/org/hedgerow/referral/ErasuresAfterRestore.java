package org.hedgerow.referral;

import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At each start, once the schema is migrated and before the web server listens, erases again what a restored backup
 * brought back of the erasures made since it was taken ({@link PersonalDataErasure#replay}). A failure there stops
 * the start. With no ledger yet, it begins one with the erasures the store records ({@link
 * PersonalDataErasure#beginLedger}); a ledger that cannot be written is logged, and each erasure refused until it can.
 *
 * <p>A lifecycle phase, not the application-ready event: by then the web server listens, and only the API's
 * "starting" filter would keep the restored details from being read meanwhile. The groups hear of the withdrawals in
 * their inboxes (and by mail): nobody can be connected to this instance yet to hear them live.
 */
@Component
class ErasuresAfterRestore implements SmartLifecycle {

    /** Before the web server starts ({@code Integer.MAX_VALUE - 2048} in Spring Boot). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(ErasuresAfterRestore.class);

    private final PersonalDataErasure erasure;

    private volatile boolean running;

    ErasuresAfterRestore(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public void start() {
        try {
            int begun = erasure.beginLedger();
            if (begun > 0) {
                log.info("Began the ledger of erasures with the {} erasure(s) on request or on withdrawn consent that "
                        + "the store records from before it", begun);
            }
        }
        catch (UncheckedIOException unwritable) {
            // Nothing is exposed by going on: each erasure is refused until its line can be written.
            log.error("Could not begin the ledger of erasures: {}", unwritable.getMessage(), unwritable);
        }
        var done = erasure.replay();
        if (done.participants() > 0) {
            log.warn("Erased again the details of {} participant(s) ({} referrals) that the store held although the "
                    + "ledger of erasures says they were erased: a backup taken before their erasure was restored",
                    done.participants(), done.referrals());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
