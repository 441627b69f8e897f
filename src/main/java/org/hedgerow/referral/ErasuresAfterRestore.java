package org.hedgerow.referral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At each start, once the schema is migrated and before the web server listens, erases again what a restored backup
 * brought back of the erasures made since it was taken ({@link PersonalDataErasure#replay}); with no ledger, nothing
 * runs. A failure stops the start.
 *
 * <p>A lifecycle phase, not the application-ready event: by then the web server listens, and only the API's
 * "starting" filter would keep the restored details from being read meanwhile. The live push's broker starts after
 * this phase, so the groups hear of the withdrawals in their inboxes (and by mail), not live.
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
