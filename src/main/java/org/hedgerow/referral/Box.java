package org.hedgerow.referral;

/** Referrals to the caller's groups (providers), or the referrals the caller made (providers and link workers). */
enum Box {
    INBOX, OUTBOX
}
