package org.hedgerow.insights;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Supply against demand for a place over a period: one row per locality within it, one column per category (or
 * need). Demand is where the referral was made from (the localities the referring link worker's PCN covers, or
 * where the groups of the organiser who referred the person on are based); supply is where the activity is held.
 */
record GapMap(Place place, LocalDate from, LocalDate to, String by, List<Column> columns, List<Row> rows,
              List<Gap> biggestGaps) implements InsightView {

    record Place(String code, String name) {
    }

    record Column(String code, String name, boolean green) {
    }

    record Row(String localityCode, String localityName, List<Cell> cells) {
    }

    /**
     * @param activities     active activities located here in this column
     * @param weeklySessions sessions a week across them (a fortnightly one counts ½, a monthly one 12/52)
     * @param capacity       places per session across those that have a limit (drop-ins add none)
     * @param spacesLeft     spaces left across those that have a limit
     * @param demand         referrals made from here (in the period) into this category / for this need
     * @param declinedFull   of those, declined because the activity was full
     * @param pressure       demand per space left ({@code demand / max(spacesLeft, 1)}, 2 decimals); null when
     *                       there is no demand, or when demand is shown as "<5" (it would give the count away)
     * @param gap            demand here and no activity here
     */
    record Cell(String code, long activities, double weeklySessions, long capacity, long spacesLeft, Count demand,
                Count declinedFull, @Nullable Double pressure, boolean gap) {
    }

    record Gap(String localityCode, String localityName, String code, String name, Count demand, long activities,
               @Nullable Double pressure, String reason) {
    }
}
