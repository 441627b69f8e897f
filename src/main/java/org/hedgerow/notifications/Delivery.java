package org.hedgerow.notifications;

/** How a person hears of one kind of notification by mail. It is in their notification centre whatever they choose. */
public enum Delivery {
    AT_ONCE, DAILY_DIGEST, OFF
}
