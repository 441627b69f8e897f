package org.hedgerow.core;

/** How a directory list is sorted: by name (the default) or most recently updated first. */
public enum ListOrder {
    NAME, UPDATED
}
