package org.hedgerow.referral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At each start, as the app becomes ready (before the readiness probe says so), erases again what a restored backup
 * brought back of the erasures made since it was taken ({@link PersonalDataErasure#replay}); with no ledger, nothing
 * runs.
 */
@Component
class ErasuresAfterRestore {

    private static final Logger log = LoggerFactory.getLogger(ErasuresAfterRestore.class);

    private final PersonalDataErasure erasure;

    ErasuresAfterRestore(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @EventListener(ApplicationReadyEvent.class)
    void eraseAgain() {
        var done = erasure.replay();
        if (done.participants() > 0) {
            log.warn("Erased again the details of {} participant(s) ({} referrals) that the store held although the "
                    + "ledger of erasures says they were erased: a backup taken before their erasure was restored",
                    done.participants(), done.referrals());
        }
    }
}
