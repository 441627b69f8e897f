package org.hedgerow.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            RETURN place IS NOT NULL AS exists, maySee, place {.code, .name} AS place, byStatus, people, services,
                   wellbeingAnswered, improved, gpAnswered, gpChange
            """.formatted(Places.REFERRALS_FROM_LOCALITY.indent(8), ONS4_START, ONS4_END, ONS4_END, ONS4_START);

    /** What the statement returns; the shares and means are rounded, and small ones left out, here. */
    record Found(boolean exists, boolean maySee, GapMap.Place place, List<ByStatus> byStatus, Count people,
                 long services, long wellbeingAnswered, long improved, long gpAnswered, Double gpChange)
            implements Places.Row {
    }

    record ByStatus(String status, Count count) {
    }

    private final Places places;

    Outcomes(Places places) {
        this.places = places;
    }

    @Transactional(readOnly = true)
    OutcomeSummary of(String place, Period period, String accountId) {
        var found = places.read(OUTCOMES, place, period, accountId, Map.of(), Found.class);
        var byStatus = new LinkedHashMap<String, Count>();
        STATUSES.forEach(status -> byStatus.put(status, Count.of(0)));
        found.byStatus().forEach(s -> byStatus.put(s.status(), s.count()));
        long answered = found.wellbeingAnswered();
        long gpAnswered = found.gpAnswered();
        Double share = answered < 5 ? null : GapMaps.round((double) found.improved() / answered, 3);
        Double gpChange = gpAnswered < 5 || found.gpChange() == null ? null : GapMaps.round(found.gpChange(), 1);
        return new OutcomeSummary(found.place(), period.from(), period.to(), found.people(), byStatus, share, gpChange,
                found.services(), Count.of(answered), Count.of(gpAnswered));
    }
}
