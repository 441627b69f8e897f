package org.hedgerow.connections;

/** An introduction is requested, then accepted (the two now know each other) or declined. */
public enum IntroductionStatus {
    REQUESTED, ACCEPTED, DECLINED
}
