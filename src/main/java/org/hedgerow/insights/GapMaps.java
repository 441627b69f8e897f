package org.hedgerow.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.GraphValues;
import org.hedgerow.core.Period;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap map of a place, in one statement: supply per locality and column (activities, sessions, capacity,
 * spaces), demand per locality and column (referrals made from there in the period, and how many were declined as
 * full), which localities are rows, and the biggest gaps (demand with no activity) with the nearest activity that
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
            %3$s
                WITH l.code AS locality, c.code AS code, sum(referrals) AS demand, sum(full) AS declinedFull
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
                RETURN collect(d {.*, localityName: l.name, placed: l.centre IS NOT NULL, nearest: nearest,
                                  nearestMetres: nearestMetres, nearestIn: nearestIn}) AS gaps
            }
            RETURN place IS NOT NULL AS exists, maySee, place.code AS code, place.name AS name,
                   columns, rows, supply, demand, gaps
            """;

    private static final Map<GapAxis, String> STATEMENTS = new EnumMap<>(GapAxis.class);

    static {
        for (GapAxis axis : GapAxis.values()) {
            STATEMENTS.put(axis, statement(axis));
        }
    }

    static String statement(GapAxis axis) {
        return TEMPLATE.formatted(axis.label, axis.supplyRelationship, axis.demandPattern.indent(4), axis.columnOrder,
                Places.ACTIVITIES_IN_LOCALITY.indent(8), Places.REFERRALS_FROM_LOCALITY.indent(8));
    }

    private final Places places;

    GapMaps(Places places) {
        this.places = places;
    }

    @Transactional(readOnly = true)
    GapMap of(String place, GapAxis axis, Period period, String accountId) {
        var row = places.read(STATEMENTS.get(axis), place, period, accountId,
                Map.of("biggest", BIGGEST_GAPS, "nearMetres", NEAR_KM * 1000.0));
        var columns = row.get("columns").asList(c -> new GapMap.Column(GraphValues.text(c.get("code")),
                GraphValues.text(c.get("name")), c.get("green").asBoolean(false)));
        var supply = new HashMap<String, Value>();
        row.get("supply").values().forEach(s -> supply.put(key(s), s));
        var demand = new HashMap<String, Value>();
        row.get("demand").values().forEach(d -> demand.put(key(d), d));
        var rows = new ArrayList<GapMap.Row>();
        for (Value locality : row.get("rows").values()) {
            String code = GraphValues.text(locality.get("code"));
            var cells = new ArrayList<GapMap.Cell>(columns.size());
            for (GapMap.Column column : columns) {
                cells.add(cell(column.code(), supply.get(code + "|" + column.code()),
                        demand.get(code + "|" + column.code())));
            }
            rows.add(new GapMap.Row(code, GraphValues.text(locality.get("name")), cells));
        }
        var names = new HashMap<String, String>();
        columns.forEach(c -> names.put(c.code(), c.name()));
        var gaps = row.get("gaps").asList(g -> gap(g, axis, names));
        return new GapMap(new GapMap.Place(GraphValues.text(row.get("code")), GraphValues.text(row.get("name"))),
                period.from(), period.to(), axis.parameter(), columns, rows, gaps);
    }

    private static GapMap.Cell cell(String code, Value supply, Value demand) {
        long activities = supply == null ? 0 : supply.get("activities").asLong();
        long spacesLeft = supply == null ? 0 : supply.get("spacesLeft").asLong();
        var wanted = Count.of(demand == null ? 0 : demand.get("demand").asLong());
        return new GapMap.Cell(code, activities,
                supply == null ? 0 : round(supply.get("weeklySessions").asDouble(), 2),
                supply == null ? 0 : supply.get("capacity").asLong(), spacesLeft, wanted,
                Count.of(demand == null ? 0 : demand.get("declinedFull").asLong()), pressure(wanted, spacesLeft),
                wanted.value() > 0 && activities == 0);
    }

    private static GapMap.Gap gap(Value g, GapAxis axis, Map<String, String> names) {
        var wanted = Count.of(g.get("demand").asLong());
        String locality = GraphValues.text(g.get("localityName"));
        String code = GraphValues.text(g.get("code"));
        String name = names.getOrDefault(code, code);
        Double metres = GraphValues.decimal(g.get("nearestMetres"));
        String reason = GapReasons.reason(axis, locality, name, wanted, g.get("placed").asBoolean(false),
                GraphValues.text(g.get("nearest")), GraphValues.text(g.get("nearestIn")), metres);
        return new GapMap.Gap(GraphValues.text(g.get("locality")), locality, code, name, wanted, 0,
                pressure(wanted, 0), reason);
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

    private static String key(Value v) {
        return GraphValues.text(v.get("locality")) + "|" + GraphValues.text(v.get("code"));
    }
}
