package org.hedgerow.notifications;

/** The things Hedgerow tells people about; each person chooses per kind how they hear of it by mail. */
public enum NotificationKind {
    /** A referral arrived for a group: to its organisers. */
    REFERRAL_ARRIVED,
    /** A referral moved on: to whoever made it (or, when they withdrew it, to the group's organisers). */
    REFERRAL_STATUS_CHANGED,
    /** A provider referred someone on: to whoever made the referral before. */
    REFERRED_ON,
    /** Another organiser asked to be introduced: to the organiser asked. */
    INTRODUCTION_ASKED,
    /** An introduction was accepted or declined: to the organiser who asked. */
    INTRODUCTION_ANSWERED,
    /** A session was cancelled or changed: to whoever has an open referral into the activity. */
    SESSION_CHANGED,
    /** A reply to a noticeboard post: to the post's author. */
    POST_REPLY,
    /** A gathering a group was invited to: to the group's organisers. */
    GATHERING_INVITATION,
    /** A listing not checked for months: to its group's organisers, in stages. */
    LISTING_REMINDER
}
