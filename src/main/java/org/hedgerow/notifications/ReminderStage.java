package org.hedgerow.notifications;

/** How long a listing has gone unchecked, and what its organisers are told then. */
public enum ReminderStage {
    /** 5 months: please check it. */
    PLEASE_CHECK(5),
    /** 6 months ({@link org.hedgerow.core.Freshness}): it is now shown as not checked. */
    NOT_CHECKED(org.hedgerow.core.Freshness.STALE_AFTER_MONTHS),
    /** 9 months: the last reminder. */
    LAST_CALL(9);

    private final int months;

    ReminderStage(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
