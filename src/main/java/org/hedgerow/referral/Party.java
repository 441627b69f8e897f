package org.hedgerow.referral;

/** The two sides of a referral: who made it, and the organisers of the group running the activity it is to. */
enum Party {
    REFERRER, RECEIVER
}
