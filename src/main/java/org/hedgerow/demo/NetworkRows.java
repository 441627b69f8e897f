package org.hedgerow.demo;

import java.util.List;
import java.util.Map;

/**
 * A network as plain rows, ready for {@code UNWIND $rows}: the shape of {@code demo/derbyshire-network.json}
 * and of what the synthetic generator produces. Keys of each row are documented on {@link NetworkWriter}.
 */
record NetworkRows(
        List<Map<String, Object>> localities,
        List<Map<String, Object>> categories,
        List<Map<String, Object>> needs,
        List<Map<String, Object>> venues,
        List<Map<String, Object>> organisers,
        List<Map<String, Object>> groups,
        List<Map<String, Object>> activities,
        List<Map<String, Object>> knows,
        List<Map<String, Object>> partnerships,
        List<Map<String, Object>> pcns,
        List<Map<String, Object>> practices,
        List<Map<String, Object>> linkWorkers) {

    NetworkRows {
        localities = orEmpty(localities);
        categories = orEmpty(categories);
        needs = orEmpty(needs);
        venues = orEmpty(venues);
        organisers = orEmpty(organisers);
        groups = orEmpty(groups);
        activities = orEmpty(activities);
        knows = orEmpty(knows);
        partnerships = orEmpty(partnerships);
        pcns = orEmpty(pcns);
        practices = orEmpty(practices);
        linkWorkers = orEmpty(linkWorkers);
    }

    private static List<Map<String, Object>> orEmpty(List<Map<String, Object>> rows) {
        return rows == null ? List.of() : rows;
    }
}
