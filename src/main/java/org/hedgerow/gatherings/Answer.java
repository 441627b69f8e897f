package org.hedgerow.gatherings;

/** What a group's organiser says to an invitation. */
public enum Answer {
    YES, NO, MAYBE
}
