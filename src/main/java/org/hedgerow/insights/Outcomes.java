package org.hedgerow.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.GraphValues;
import org.hedgerow.core.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A place's outcomes over a period, in one statement: every figure is aggregated in Cypher. */
@Component
class Outcomes {

    static final List<String> STATUSES = List.of("SENT", "ACCEPTED", "ATTENDING", "COMPLETED", "DECLINED", "WITHDRAWN");

    private static final String ONS4_START = """
            r.wellbeingStartSatisfied + r.wellbeingStartWorthwhile + r.wellbeingStartHappy - r.wellbeingStartAnxious""";
    private static final String ONS4_END = """
            r.wellbeingEndSatisfied + r.wellbeingEndWorthwhile + r.wellbeingEndHappy - r.wellbeingEndAnxious""";

    static final String OUTCOMES = Places.ACCESS + Places.LOCALITIES + """
            CALL (localities) {
                UNWIND localities AS l
                CALL (l) {
            %s
                }
                RETURN collect(DISTINCT r) AS referrals
            }
            CALL (referrals) {
                UNWIND referrals AS r
                WITH r.status AS status, count(*) AS n
                RETURN collect({status: status, count: n}) AS byStatus
            }
            CALL (referrals) {
                UNWIND referrals AS r
                MATCH (r)-[:OF]->(p:Participant)
                RETURN count(DISTINCT p) AS people
            }
            CALL (referrals) {
                UNWIND referrals AS r
                WITH r WHERE r.status IN ['ACCEPTED', 'ATTENDING', 'COMPLETED']
                MATCH (r)-[:TO]->(:Activity)<-[:RUNS]-(g:Group)
                RETURN count(DISTINCT g) AS services
            }
            CALL (referrals) {
                UNWIND referrals AS r
                WITH r WHERE r.status = 'COMPLETED' AND (%s) IS NOT NULL AND (%s) IS NOT NULL
                MATCH (r)-[:OF]->(p:Participant)
                WITH p, r ORDER BY r.updatedAt DESC, r.id DESC
                WITH p, head(collect(r)) AS r
                WITH (%s) - (%s) AS change
                RETURN count(*) AS wellbeingAnswered, count(CASE WHEN change > 0 THEN 1 END) AS improved
            }
            CALL (referrals) {
                UNWIND referrals AS r
                WITH r WHERE r.status = 'COMPLETED' AND r.gpAppointmentsBefore IS NOT NULL
                         AND r.gpAppointmentsAfter IS NOT NULL
                MATCH (r)-[:OF]->(p:Participant)
                WITH p, r ORDER BY r.updatedAt DESC, r.id DESC
                WITH p, head(collect(r)) AS r
                RETURN count(*) AS gpAnswered, avg(r.gpAppointmentsAfter - r.gpAppointmentsBefore) AS gpChange
            }
            RETURN place IS NOT NULL AS exists, maySee, place.code AS code, place.name AS name, byStatus, people,
                   services, wellbeingAnswered, improved, gpAnswered, gpChange
            """.formatted(Places.REFERRALS_FROM_LOCALITY.indent(8), ONS4_START, ONS4_END, ONS4_END, ONS4_START);

    private final Places places;

    Outcomes(Places places) {
        this.places = places;
    }

    @Transactional(readOnly = true)
    OutcomeSummary of(String place, Period period, String accountId) {
        var row = places.read(OUTCOMES, place, period, accountId, Map.of());
        var byStatus = new LinkedHashMap<String, Count>();
        STATUSES.forEach(status -> byStatus.put(status, Count.of(0)));
        row.get("byStatus").values().forEach(s -> byStatus.put(GraphValues.text(s.get("status")),
                Count.of(s.get("count").asLong())));
        long answered = row.get("wellbeingAnswered").asLong();
        long gpAnswered = row.get("gpAnswered").asLong();
        Double share = answered < 5 ? null
                : GapMaps.round((double) row.get("improved").asLong() / answered, 3);
        Double gpChange = gpAnswered < 5 || row.get("gpChange").isNull() ? null
                : GapMaps.round(row.get("gpChange").asDouble(), 1);
        return new OutcomeSummary(new GapMap.Place(GraphValues.text(row.get("code")), GraphValues.text(row.get("name"))),
                period.from(), period.to(), Count.of(row.get("people").asLong()), byStatus, share, gpChange,
                row.get("services").asLong(), Count.of(answered), Count.of(gpAnswered));
    }
}
