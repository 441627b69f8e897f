package org.hedgerow.audit;

/** What happened. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    PASSWORD_RESET,
    REFERRAL_READ,
    REFERRAL_CHANGED,
    PARTICIPANT_READ,
    PARTICIPANT_CHANGED
}
