package org.hedgerow.activities;

import java.util.List;

/**
 * Published inside the transaction that changed an activity's categories (category codes before and after), so that
 * counts kept by category elsewhere (the referral module's tallies of referrals per category) follow in that same
 * transaction. Announced besides, and before, the {@link ActivityChanged} of the edit.
 */
public record ActivityCategoriesChanged(String activityId, List<String> before, List<String> after) {
}
