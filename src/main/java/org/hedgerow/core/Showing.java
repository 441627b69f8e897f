package org.hedgerow.core;

/** Which listings a list shows: the active ones (the default), the archived ones, or all. */
public enum Showing {
    ACTIVE, ARCHIVED, ALL
}
