package org.hedgerow.core;


/** Groups and activities are archived, never deleted: referrals and posts still point at them. */
public enum ListingStatus {
    ACTIVE, ARCHIVED
}
