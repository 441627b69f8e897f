package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;

import org.hedgerow.audit.AuditEntry;

/**
 * Everything Hedgerow holds about one participant reference, for a subject access request: each participant record
 * with that reference (its contact and consent) and every referral of it in full (reason, status history with notes,
 * outcomes, onward links), and every audit line about any of them (who read or changed them, when, from where).
 * Notifications and mails are not listed: they hold an activity's name and a status, never anything about the
 * person.
 *
 * @param exportedBy the admin who exported it (the export itself is audited, after this was gathered)
 */
record SubjectAccessReport(String reference, Instant exportedAt, String exportedBy, List<Person> participants,
                           List<AuditEntry> auditLines) {

    record Person(String id, String reference, String contact, ReferralView.Consent consent,
                  List<ReferralView> referrals) {
    }
}
