package org.hedgerow.referral;

import java.time.Instant;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.NetworkZone;

/**
 * A 409 for processing a person whose personal details Hedgerow no longer holds: {@code personal-data-erased} for a
 * referral whose details were erased (it is moved and referred on no further), {@code consent-withdrawn} for a new
 * referral of a reference whose consent was withdrawn after the consent it records.
 */
class PersonalDataRefusal extends ConflictException {

    private PersonalDataRefusal(String type, String title, String message) {
        super(type, title, message);
    }

    static PersonalDataRefusal erased() {
        return new PersonalDataRefusal("personal-data-erased", "Personal details erased",
                "The personal details of this referral were erased (after the retention period, at the person's "
                + "request, or when they withdrew consent): it can no longer be changed or referred on.");
    }

    static PersonalDataRefusal consentWithdrawn(Instant at) {
        return new PersonalDataRefusal("consent-withdrawn", "Consent withdrawn",
                "This person withdrew their consent on " + NetworkZone.dayOf(at)
                + ". To refer them again, record the consent they have given since then.");
    }
}
