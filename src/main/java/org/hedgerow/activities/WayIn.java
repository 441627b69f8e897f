package org.hedgerow.activities;

/**
 * How a person joins an activity, as a link worker tells them: just turn up, book a place first, only through a
 * referral, or signposting only (the activity takes no referrals through Hedgerow: people are told about it and
 * join it themselves, so a referral to it is refused).
 */
public enum WayIn {
    DROP_IN, BOOK_AHEAD, REFERRAL_NEEDED, SIGNPOSTING_ONLY;

    /**
     * The way in of activity {@code a} when none was ever given (listings written before ways in existed, or by a
     * loader that does not say): a drop-in when it has no limit on numbers, else book ahead. Every writer stores
     * this default (and migration V0010 gave one to those listed before), so it only matters for a graph written by hand.
     */
    public static final String OF_ACTIVITY = "coalesce(a.wayIn, CASE WHEN a.capacity IS NULL THEN 'DROP_IN' ELSE 'BOOK_AHEAD' END)";

    /** The default for an activity that does not say: see {@link #OF_ACTIVITY}. */
    static WayIn byDefault(Integer capacity) {
        return capacity == null ? DROP_IN : BOOK_AHEAD;
    }
}
