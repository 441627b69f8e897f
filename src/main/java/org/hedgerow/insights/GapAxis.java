package org.hedgerow.insights;

import java.util.Locale;

import org.hedgerow.core.InvalidRequestException;

/**
 * What the gap map's columns are: categories of activity (demand: referrals into an activity of the category) or
 * needs (demand: referrals made for the need). Each carries the fixed Cypher names that differ between the two.
 */
enum GapAxis {
    CATEGORY("Category", "IN_CATEGORY", "CATEGORY_TALLY", "coalesce(c.green, false) DESC, c.name"),
    NEED("Need", "SUPPORTS", "NEED_TALLY", "c.name");

    final String label;
    final String supplyRelationship;
    /** From a referral's maker to their tallies of referrals per month and column (the referral module's counts). */
    final String tally;
    final String columnOrder;

    GapAxis(String label, String supplyRelationship, String tally, String columnOrder) {
        this.label = label;
        this.supplyRelationship = supplyRelationship;
        this.tally = tally;
        this.columnOrder = columnOrder;
    }

    static GapAxis parse(String by) {
        if (by == null || by.isBlank()) {
            return CATEGORY;
        }
        try {
            return valueOf(by.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidRequestException("by", "must be category or need");
        }
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
