package org.hedgerow.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap map of a place, in one statement: supply per locality and column (activities, sessions, capacity,
 * spaces), demand per locality and column (referrals made from there in the period, and how many were declined as
 * full, summed from the referral module's tallies of each referrer's referrals per month and column rather than from
 * the referrals themselves: {@code ReferralTallies}), which localities are rows, and the biggest gaps (demand with no activity) with the nearest activity that
 * would have met it within {@value #NEAR_KM} km of the locality's centre, found through the venue point index.
 * Cells are only placed into the grid in Java; every figure is aggregated in Cypher.
 */
@Component
class GapMaps {

    static final int NEAR_KM = 5;
    static final int BIGGEST_GAPS = 10;

    private static final String TEMPLATE = Places.ACCESS + Places.LOCALITIES + """
            CALL (maySee) {
                OPTIONAL MATCH (c:%1$s) WHERE maySee
                WITH c ORDER BY %4$s
                RETURN collect(c {.code, .name, green: coalesce(c.green, false)}) AS columns
            }
            CALL (localities) {
                UNWIND localities AS l
                CALL (l) {
            %5$s
                }
                WITH l, a WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                WITH l.code AS locality, a,
                     CASE WHEN size(coalesce(a.days, [])) = 0 THEN 1 ELSE size(a.days) END
                     * CASE a.frequency WHEN 'FORTNIGHTLY' THEN 0.5 WHEN 'MONTHLY' THEN 12.0 / 52 ELSE 1.0 END AS sessions,
                     coalesce(a.capacity, 0) AS places, coalesce(a.spacesLeft, 0) AS spaces
                MATCH (a)-[:%2$s]->(c)
                WITH locality, c.code AS code, count(a) AS activities, sum(sessions) AS weeklySessions,
                     sum(places) AS capacity, sum(spaces) AS spacesLeft
                RETURN collect({locality: locality, code: code, activities: activities, weeklySessions: weeklySessions,
                                capacity: capacity, spacesLeft: spacesLeft}) AS supply
            }
            CALL (localities) {
                UNWIND localities AS l
                CALL (l) {
            %6$s
                }
                MATCH (who)-[:%3$s]->(t) WHERE t.month >= $fromMonth AND t.month <= $toMonth
                WITH l, t, CASE WHEN t.month = $fromMonth THEN $fromDay ELSE 0 END AS first,
                     CASE WHEN t.month = $toMonth THEN $toDay ELSE 30 END AS last
                WITH l, t.code AS code,
                     CASE WHEN first = 0 AND last = 30 THEN t.referrals
                          ELSE reduce(s = 0, n IN t.referralsByDay[first..last + 1] | s + n) END AS referrals,
                     CASE WHEN first = 0 AND last = 30 THEN t.declinedFull
                          ELSE reduce(s = 0, n IN t.declinedFullByDay[first..last + 1] | s + n) END AS full
                WITH l.code AS locality, code, sum(referrals) AS demand, sum(full) AS declinedFull WHERE demand > 0
                RETURN collect({locality: locality, code: code, demand: demand, declinedFull: declinedFull}) AS demand
            }
            CALL (localities, supply, demand) {
                WITH localities, [x IN supply + demand | x.locality] AS used
                UNWIND localities AS l
                WITH l, used WHERE l.code IN used OR NOT EXISTS { (l)<-[:WITHIN]-(:Locality) }
                WITH l ORDER BY l.name, l.code
                RETURN collect(l {.code, .name}) AS rows
            }
            CALL (supply, demand) {
                WITH [s IN supply | s.locality + '|' + s.code] AS provided, demand
                UNWIND demand AS d
                WITH d WHERE NOT ((d.locality + '|' + d.code) IN provided)
                WITH d ORDER BY d.demand DESC, d.locality, d.code LIMIT $biggest
                MATCH (l:Locality {code: d.locality})
                OPTIONAL CALL (l, d) {
                    MATCH (v:Venue) WHERE point.distance(v.location, l.centre) <= $nearMetres
                    MATCH (v)<-[:HELD_AT]-(a:Activity)-[:%2$s]->(:%1$s {code: d.code})
                    WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                    WITH a, v, point.distance(v.location, l.centre) AS metres ORDER BY metres, a.name LIMIT 1
                    RETURN a.name AS nearest, metres AS nearestMetres,
                           COLLECT { MATCH (v)-[:IN]->(at:Locality) RETURN at.name ORDER BY at.name LIMIT 1 }[0] AS nearestIn
                }
                WITH d, l, nearest, nearestMetres, nearestIn ORDER BY d.demand DESC, d.locality, d.code
                RETURN collect({locality: d.locality, localityName: l.name, code: d.code, demand: d.demand,
                                placed: l.centre IS NOT NULL, nearest: nearest, nearestMetres: nearestMetres,
                                nearestIn: nearestIn}) AS gaps
            }
            RETURN place IS NOT NULL AS exists, maySee, place {.code, .name} AS place,
                   columns, rows, supply, demand, gaps
            """;

    private static final Map<GapAxis, String> STATEMENTS = new EnumMap<>(GapAxis.class);

    static {
        for (GapAxis axis : GapAxis.values()) {
            STATEMENTS.put(axis, statement(axis));
        }
    }

    static String statement(GapAxis axis) {
        return TEMPLATE.formatted(axis.label, axis.supplyRelationship, axis.tally, axis.columnOrder,
                Places.ACTIVITIES_IN_LOCALITY.indent(8), Places.REFERRERS_IN_LOCALITY.indent(8));
    }

    /** What the statement returns: the grid's columns and rows, and its figures by locality and column code. */
    record Found(boolean exists, boolean maySee, GapMap.Place place, List<GapMap.Column> columns,
                 List<GapMap.Place> rows, List<Supply> supply, List<Demand> demand, List<Unmet> gaps)
            implements Places.Row {
    }

    record Supply(String locality, String code, long activities, double weeklySessions, long capacity,
                  long spacesLeft) {

        static final Supply NONE = new Supply(null, null, 0, 0, 0, 0);
    }

    record Demand(String locality, String code, Count demand, Count declinedFull) {

        static final Demand NONE = new Demand(null, null, Count.of(0), Count.of(0));
    }

    /** Demand with no activity, and the nearest activity that would have met it (null when none is near). */
    record Unmet(String locality, String localityName, String code, Count demand, boolean placed, String nearest,
                 Double nearestMetres, String nearestIn) {
    }

    private final Places places;

    GapMaps(Places places) {
        this.places = places;
    }

    @Transactional(readOnly = true)
    GapMap of(String place, GapAxis axis, Period period, String accountId) {
        var parameters = new HashMap<String, Object>(months(period));
        parameters.put("biggest", BIGGEST_GAPS);
        parameters.put("nearMetres", NEAR_KM * 1000.0);
        var found = places.read(STATEMENTS.get(axis), place, period, accountId, parameters, Found.class);
        var supply = new HashMap<String, Supply>();
        found.supply().forEach(s -> supply.put(s.locality() + "|" + s.code(), s));
        var demand = new HashMap<String, Demand>();
        found.demand().forEach(d -> demand.put(d.locality() + "|" + d.code(), d));
        var rows = new ArrayList<GapMap.Row>(found.rows().size());
        for (GapMap.Place locality : found.rows()) {
            var cells = new ArrayList<GapMap.Cell>(found.columns().size());
            for (GapMap.Column column : found.columns()) {
                String key = locality.code() + "|" + column.code();
                cells.add(cell(column.code(), supply.getOrDefault(key, Supply.NONE),
                        demand.getOrDefault(key, Demand.NONE)));
            }
            rows.add(new GapMap.Row(locality.code(), locality.name(), cells));
        }
        var names = new HashMap<String, String>();
        found.columns().forEach(c -> names.put(c.code(), c.name()));
        var gaps = found.gaps().stream().map(g -> gap(g, axis, names.getOrDefault(g.code(), g.code()))).toList();
        return new GapMap(found.place(), period.from(), period.to(), axis.parameter(), found.columns(), rows, gaps);
    }

    /**
     * The period in the tallies' terms: its first and last months, and in those the first and last day counted (from
     * 0; the last is 30, the whole rest of the month, when the period ends on a month's last day), so whole months are
     * read from a tally's month counts and only the months the period starts or ends inside from its day counts.
     */
    static Map<String, Object> months(Period period) {
        var from = period.from();
        var to = period.to();
        return Map.of("fromMonth", from.withDayOfMonth(1), "fromDay", from.getDayOfMonth() - 1,
                "toMonth", to.withDayOfMonth(1), "toDay", to.getDayOfMonth() == to.lengthOfMonth() ? 30 : to.getDayOfMonth() - 1);
    }

    private static GapMap.Cell cell(String code, Supply supply, Demand demand) {
        var wanted = demand.demand();
        return new GapMap.Cell(code, supply.activities(), round(supply.weeklySessions(), 2), supply.capacity(),
                supply.spacesLeft(), wanted, demand.declinedFull(), pressure(wanted, supply.spacesLeft()),
                wanted.value() > 0 && supply.activities() == 0);
    }

    private static GapMap.Gap gap(Unmet g, GapAxis axis, String name) {
        String reason = GapReasons.reason(axis, g.localityName(), name, g.demand(), g.placed(), g.nearest(),
                g.nearestIn(), g.nearestMetres());
        return new GapMap.Gap(g.locality(), g.localityName(), g.code(), name, g.demand(), 0, pressure(g.demand(), 0),
                reason);
    }

    /** Demand per space left; null without demand, or when the demand is suppressed (it would give it away). */
    static Double pressure(Count demand, long spacesLeft) {
        if (demand.value() == 0 || demand.suppressed()) {
            return null;
        }
        return round((double) demand.value() / Math.max(spacesLeft, 1), 2);
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
