package org.hedgerow.audit;

/** What happened. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    /** A request carried a session cookie for no live session: forged, signed out (on any instance) or expired. */
    SESSION_REFUSED,
    /** A live connection (STOMP CONNECT over /ws) refused: no valid CSRF token. */
    LIVE_REFUSED,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_FAILED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    PASSWORD_RESET,
    REFERRAL_READ,
    REFERRAL_CHANGED,
    PARTICIPANT_READ,
    PARTICIPANT_CHANGED
}
