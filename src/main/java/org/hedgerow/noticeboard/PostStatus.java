package org.hedgerow.noticeboard;

/** OPEN until the offer is taken up or the ask is met; then CLOSED, with a note saying how. */
public enum PostStatus {
    OPEN, CLOSED
}
