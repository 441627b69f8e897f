package org.hedgerow.referral;

import org.hedgerow.core.ConflictException;

/**
 * A referral to an activity that is signposting only: people are told about it and join it themselves, so it
 * takes no referrals through Hedgerow. A 409 of type {@code signposting-only}.
 */
class SignpostingOnlyException extends ConflictException {

    SignpostingOnlyException(String activity) {
        super("signposting-only", "Signposting only: no referrals", "The activity " + activity + " is signposting "
                + "only: it takes no referrals through Hedgerow. Tell the person about it and how to join (its "
                + "listing's contact), or choose an activity that takes referrals.");
    }
}
