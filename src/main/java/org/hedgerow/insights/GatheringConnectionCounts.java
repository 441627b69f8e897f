package org.hedgerow.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link GatheringConnections} of a place, counted in one statement; the months with nothing are added here. */
@Component
class GatheringConnectionCounts {

    static final String GATHERINGS = Places.ACCESS + Places.LOCALITIES + """
            CALL (localities) {
                UNWIND localities AS l
                MATCH (l)<-[:HELD_IN]-(g:Gathering)
                WHERE g.startsAt >= $from AND g.startsAt < $to
                WITH DISTINCT g
                WITH g, substring(toString(%s), 0, 7) AS month
                WITH month, count(g) AS gatherings,
                     sum(COUNT { (g)<-[:INVITED_TO {answer: 'YES'}]-(:Group) }) AS groupsSaidYes,
                     sum(COUNT { (g)<-[:MADE_AT]-(:Introduction) }) AS connections,
                     sum(COUNT { (g)<-[:PLANNED_AT]-(:Post) }) AS plans
                ORDER BY month
                RETURN collect({month: month, gatherings: gatherings, groupsSaidYes: groupsSaidYes,
                                connections: connections, plans: plans}) AS months
            }
            RETURN place IS NOT NULL AS exists, maySee, place {.code, .name} AS place, months
            """.formatted(NetworkZone.cypherDayOf("g.startsAt"));

    record Found(boolean exists, boolean maySee, GapMap.Place place, List<GatheringConnections.Month> months)
            implements Places.Row {
    }

    private final Places places;

    GatheringConnectionCounts(Places places) {
        this.places = places;
    }

    @Transactional(readOnly = true)
    GatheringConnections of(String place, Period period, String accountId) {
        var found = places.read(GATHERINGS, place, period, accountId, Map.of(), Found.class);
        var counted = found.months().stream()
                .collect(Collectors.toMap(GatheringConnections.Month::month, Function.identity()));
        var months = new ArrayList<GatheringConnections.Month>();
        for (var month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
             month = month.plusMonths(1)) {
            months.add(counted.getOrDefault(month.toString(), new GatheringConnections.Month(month.toString(), 0, 0, 0, 0)));
        }
        return new GatheringConnections(found.place(), period.from(), period.to(), List.copyOf(months),
                months.stream().mapToLong(GatheringConnections.Month::gatherings).sum(),
                months.stream().mapToLong(GatheringConnections.Month::connections).sum(),
                months.stream().mapToLong(GatheringConnections.Month::plans).sum());
    }
}
