package org.hedgerow.noticeboard;

/** What a post can be about: one group, activity, venue or locality of the directory. */
public enum AboutKind {
    GROUP, ACTIVITY, VENUE, LOCALITY
}
