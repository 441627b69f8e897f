package org.hedgerow.insights;

import java.util.Locale;

import org.hedgerow.core.InvalidRequestException;

/**
 * What the gap map's columns are: categories of activity (demand: referrals into an activity of the category) or
 * needs (demand: referrals made for the need). Each carries the fixed Cypher parts that differ between the two.
 */
enum GapAxis {
    CATEGORY("Category", "IN_CATEGORY", """
            MATCH (r)-[:TO]->(a)
            WITH l, a, count(r) AS referrals,
                 count(CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 END) AS full
            MATCH (a)-[:IN_CATEGORY]->(c)
            """, "coalesce(c.green, false) DESC, c.name"),
    NEED("Need", "SUPPORTS", """
            MATCH (r)-[:FOR_NEED]->(c)
            WITH l, c, count(r) AS referrals,
                 count(CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 END) AS full
            """, "c.name");

    final String label;
    final String supplyRelationship;
    /** From each referral {@code r} made from locality {@code l}: {@code l, c, referrals, full} per column {@code c}
     * (for categories counted per activity first, so each activity's categories are read once, not per referral). */
    final String demandPattern;
    final String columnOrder;

    GapAxis(String label, String supplyRelationship, String demandPattern, String columnOrder) {
        this.label = label;
        this.supplyRelationship = supplyRelationship;
        this.demandPattern = demandPattern;
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
