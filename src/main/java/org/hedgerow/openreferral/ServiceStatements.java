package org.hedgerow.openreferral;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher of a page of services: one statement per page, written here whole from fixed parts chosen by which
 * filters are given (never from anything a client sent; every value is a {@code $parameter}).
 *
 * <p>A page is the activities in {@code id} order (the unique constraint's index gives them in that order, so a page
 * is read from the index up to its end, not sorted), or, with {@code modified_after}, in order of their last change,
 * found from the {@code updatedAt} index: an incremental harvest then reads the changes oldest first. The page is projected
 * after {@code SKIP}/{@code LIMIT}, so only its own services are read in full; outside the subquery that orders them,
 * because Neo4j 2026.08's planner fails its own consistency check (seen with Java assertions on, as in the tests) on a
 * projection of an index-ordered property inside it. The count is a separate subquery that
 * only counts: without any filter it comes from the store's own count of activities.
 *
 * <p>Where it starts: the most selective thing given, so that the rest are checked on few activities: an
 * organization (its few activities), a postcode (the point index on venues, then their activities), a taxonomy term
 * (its activities), words (the full-text index), a change date (the {@code updatedAt} index), else every activity.
 */
final class ServiceStatements {

    enum Start {
        ORGANIZATION("MATCH (:Group {id: $group})-[:RUNS]->(a:Activity)\nWHERE true"),
        NEAR("""
                MATCH (v:Venue)
                WHERE point.distance(v.location, point({latitude: $latitude, longitude: $longitude})) <= $radius
                MATCH (a:Activity)-[:HELD_AT]->(v)
                WHERE true"""),
        CATEGORY("MATCH (:Category {code: $category})<-[:IN_CATEGORY]-(a:Activity)\nWHERE true"),
        NEED("MATCH (:Need {code: $need})<-[:SUPPORTS]-(a:Activity)\nWHERE true"),
        TEXT("CALL db.index.fulltext.queryNodes('activity_text', $words) YIELD node AS a\nWHERE a:Activity"),
        MODIFIED("MATCH (a:Activity)\nWHERE a.updatedAt >= $modifiedAfter"),
        ALL("MATCH (a:Activity)\nWHERE a.id IS NOT NULL");

        private final String cypher;

        Start(String cypher) {
            this.cypher = cypher;
        }

        static Start of(ServiceFilter filter) {
            if (filter.group() != null) {
                return ORGANIZATION;
            }
            if (filter.latitude() != null) {
                return NEAR;
            }
            if (filter.category() != null) {
                return CATEGORY;
            }
            if (filter.need() != null) {
                return NEED;
            }
            if (filter.words() != null) {
                return TEXT;
            }
            return filter.modifiedAfter() != null ? MODIFIED : ALL;
        }
    }

    /** Every filter, each true when not given; the start's own is checked again, which costs nothing. */
    private static final String FILTERS = """
              AND ($group IS NULL OR EXISTS { (:Group {id: $group})-[:RUNS]->(a) })
              AND ($category IS NULL OR EXISTS { (a)-[:IN_CATEGORY]->(:Category {code: $category}) })
              AND ($need IS NULL OR EXISTS { (a)-[:SUPPORTS]->(:Need {code: $need}) })
              AND ($taxonomy IS NULL
                   OR $taxonomy = 'category' AND EXISTS { (a)-[:IN_CATEGORY]->(:Category) }
                   OR $taxonomy = 'need' AND EXISTS { (a)-[:SUPPORTS]->(:Need) })
              AND ($modifiedAfter IS NULL OR a.updatedAt >= $modifiedAfter)
              AND ($latitude IS NULL OR EXISTS { (a)-[:HELD_AT]->(near:Venue)
                   WHERE point.distance(near.location, point({latitude: $latitude, longitude: $longitude})) <= $radius })
              AND ($minimumAge IS NULL OR coalesce(a.minimumAge, 0) >= $minimumAge)
              AND ($maximumAge IS NULL OR a.maximumAge <= $maximumAge)
              AND ($day IS NULL OR $day IN a.days)
              AND ($startTime IS NULL OR a.startTime >= $startTime)
              AND ($endTime IS NULL OR a.endTime <= $endTime)""";

    /** For a start other than the words: the full-text matches, collected once, each activity tested against them. */
    private static final String TEXT_MATCHES = """
            CALL () { CALL db.index.fulltext.queryNodes('activity_text', $words) YIELD node
                      RETURN collect(node) AS textMatches }""";

    private static final String AMONG_TEXT_MATCHES = "\n  AND a IN textMatches";

    /** Only activities held at a venue: a service_at_location is an activity at its venue. */
    private static final String HELD_SOMEWHERE = "\n  AND EXISTS { (a)-[:HELD_AT]->(:Venue) }";

    /** Its keys are {@link ServiceRow}'s components. */
    static final String SERVICE = """
            a {.id, .name, .description, .status, .frequency, .weekOfMonth, .startTime, .endTime, .cost, .costNote,
               .minimumAge, .maximumAge, .updatedAt, days: coalesce(a.days, []),
               group: [(g:Group)-[:RUNS]->(a) | g {.id, .name, .description, .website, .status}][0],
               venue: [(a)-[:HELD_AT]->(v:Venue) | v {.id, .name, .address, .postcode,
                       latitude: v.location.latitude, longitude: v.location.longitude,
                       accessibility: coalesce(v.accessibility, []),
                       town: [(v)-[:IN]->(l:Locality) | l.name][0],
                       region: [(v)-[:IN]->(:Locality)-[:WITHIN*0..]->(top:Locality)
                                WHERE NOT (top)-[:WITHIN]->(:Locality) | top.name][0]}][0],
               categories: [(a)-[:IN_CATEGORY]->(c:Category) | c {.code, .name, .green}],
               needs: [(a)-[:SUPPORTS]->(n:Need) | n {.code, .name}]}""";

    static final String ONE = """
            MATCH (a:Activity {id: $id})
            RETURN %s AS item""".formatted(SERVICE);

    /** Which statement a page needs: its start, whether words are checked apart from it, its order, its count. */
    record Shape(Start start, boolean textApart, boolean byChange, boolean heldSomewhere, boolean counted) {

        static Shape of(ServiceFilter filter, boolean heldSomewhere) {
            var start = Start.of(filter);
            return new Shape(start, filter.words() != null && start != Start.TEXT, filter.modifiedAfter() != null,
                    heldSomewhere, !filter.isEmpty() || heldSomewhere);
        }
    }

    private static final Map<Shape, String> STATEMENTS = new ConcurrentHashMap<>();

    private ServiceStatements() {
    }

    static String page(Shape shape) {
        return STATEMENTS.computeIfAbsent(shape, ServiceStatements::write);
    }

    private static String write(Shape shape) {
        String matching = lines(shape.start().cypher, FILTERS, shape.textApart() ? AMONG_TEXT_MATCHES : "",
                shape.heldSomewhere() ? HELD_SOMEWHERE : "");
        String imports = shape.textApart() ? "(textMatches)" : "()";
        String count = shape.counted()
                ? "CALL %s {\n%s\nRETURN count(a) AS total }".formatted(imports, matching)
                : "CALL () { MATCH (a:Activity) RETURN count(a) AS total }";
        // By change, the order is an expression rather than the indexed property: ordered from the updatedAt index and
        // then projected with pattern comprehensions, the statement trips the same planner check (see above), so the
        // activities changed since are sorted (few, for an incremental harvest; every one, for a date long past).
        String order = shape.byChange() ? "ORDER BY a.updatedAt.epochMillis, a.id" : "ORDER BY a.id";
        return lines(shape.textApart() ? TEXT_MATCHES : "",
                count,
                "CALL %s {".formatted(imports),
                matching,
                "WITH a " + order + " SKIP $skip LIMIT $limit",
                "RETURN collect(a) AS page }",
                "RETURN total, [a IN page | " + SERVICE + "] AS items");
    }

    private static String lines(String... parts) {
        return String.join("\n", List.of(parts).stream().filter(part -> !part.isEmpty()).toList());
    }
}
