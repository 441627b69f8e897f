package org.hedgerow.notifications;

/** Where a mail is: waiting to be sent (or tried again), accepted by the SMTP server, or given up. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
