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
    PARTICIPANT_CHANGED,
    BACKUP_TAKEN,
    BACKUP_DELETED,
    BACKUP_RESTORED,
    /** A subject access export of everything held about a participant reference. */
    SUBJECT_ACCESS_EXPORTED,
    /** A participant's personal fields erased: after the retention period, or on their request. */
    PERSONAL_DATA_ERASED,
    /** A participant withdrew consent: their personal fields erased and open referrals withdrawn. */
    CONSENT_WITHDRAWN,
    PASSKEY_REGISTERED,
    PASSKEY_REFUSED,
    PASSKEY_REMOVED,
    PASSKEY_GRACE_GRANTED,
    PASSKEY_REQUIREMENT_CHANGED
}
