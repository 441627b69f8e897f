package org.hedgerow.referral;

/** Why a group declined a referral; OTHER needs a note saying what. */
public enum DeclineReason {
    FULL, NOT_SUITABLE, NO_CONTACT, OTHER
}
