package org.hedgerow.activities;

/** What taking part costs: free, reduced (pay what you can, concessions) or a fee. */
public enum Cost {
    FREE, REDUCED, FEE
}
