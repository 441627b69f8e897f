package org.hedgerow.openreferral;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
 * A term comes before words: from the term, each activity is tested against the full-text matches collected once
 * (p50 8.8, p95 19.8 ms of Cypher at 100k over the benchmark's words, terms and days); from the words, each match
 * tested for the term walks its relationships (p50 14.6, p95 38.6 ms).
 *
 * <p>From words, the matches are sorted, counted and cut to the page in one pass: the full-text index has no order of
 * its own, so every match is sorted for any page anyway, and counting them again in a subquery of its own read them
 * twice.
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

    /**
     * Each filter as a predicate on the activity {@code a}, in a fixed order; a statement has only those given (so the
     * count checks nothing it need not), less the one its start already applies.
     */
    enum Filter {
        GROUP("EXISTS { (:Group {id: $group})-[:RUNS]->(a) }"),
        CATEGORY("EXISTS { (a)-[:IN_CATEGORY]->(:Category {code: $category}) }"),
        NEED("EXISTS { (a)-[:SUPPORTS]->(:Need {code: $need}) }"),
        IN_SOME_CATEGORY("EXISTS { (a)-[:IN_CATEGORY]->(:Category) }"),
        SUPPORTS_SOME_NEED("EXISTS { (a)-[:SUPPORTS]->(:Need) }"),
        MODIFIED("a.updatedAt >= $modifiedAfter"),
        NEAR("""
                EXISTS { (a)-[:HELD_AT]->(near:Venue)
                     WHERE point.distance(near.location, point({latitude: $latitude, longitude: $longitude})) <= $radius }"""),
        MINIMUM_AGE("coalesce(a.minimumAge, 0) >= $minimumAge"),
        MAXIMUM_AGE("a.maximumAge <= $maximumAge"),
        DAY("$day IN a.days"),
        START_TIME("a.startTime >= $startTime"),
        END_TIME("a.endTime <= $endTime");

        private final String cypher;

        Filter(String cypher) {
            this.cypher = cypher;
        }

        /** The filters given, less the one the start applies. */
        static List<Filter> of(ServiceFilter filter, Start start) {
            var given = new java.util.ArrayList<Filter>();
            add(given, filter.group() != null && start != Start.ORGANIZATION, GROUP);
            add(given, filter.category() != null && start != Start.CATEGORY, CATEGORY);
            add(given, filter.need() != null && start != Start.NEED, NEED);
            add(given, ServiceFilter.CATEGORIES.equals(filter.taxonomy()), IN_SOME_CATEGORY);
            add(given, ServiceFilter.NEEDS.equals(filter.taxonomy()), SUPPORTS_SOME_NEED);
            add(given, filter.modifiedAfter() != null && start != Start.MODIFIED, MODIFIED);
            add(given, filter.latitude() != null && start != Start.NEAR, NEAR);
            add(given, filter.minimumAge() != null, MINIMUM_AGE);
            add(given, filter.maximumAge() != null, MAXIMUM_AGE);
            add(given, filter.day() != null, DAY);
            add(given, filter.startTime() != null, START_TIME);
            add(given, filter.endTime() != null, END_TIME);
            return List.copyOf(given);
        }

        private static void add(List<Filter> given, boolean wanted, Filter filter) {
            if (wanted) {
                given.add(filter);
            }
        }
    }

    /** For a start other than the words: the full-text matches, collected once, each activity tested against them. */
    private static final String TEXT_MATCHES = """
            CALL () { CALL db.index.fulltext.queryNodes('activity_text', $words) YIELD node
                      RETURN collect(node) AS textMatches }""";

    private static final String AMONG_TEXT_MATCHES = "\n  AND a IN textMatches";

    /**
     * Only activities held at a venue: a service_at_location is an activity at its venue. Checked on each activity,
     * that is a walk along its relationships (with its referrals, some twenty at national scale: 0.2 s to skip to a
     * middle page of 100k), unless every activity is held somewhere, which the store's own counts tell at once:
     * as many {@code HELD_AT} relationships as activities, and no activity is ever held at two venues (creating an
     * activity, moving it, the demo and the importer each give it exactly one), so each has one.
     */
    private static final String EVERY_ONE_HELD = """
            CALL () { RETURN COUNT { ()-[:HELD_AT]->() } = COUNT { (:Activity) } AS everyOneHeld }""";

    private static final String HELD_SOMEWHERE = "\n  AND (everyOneHeld OR EXISTS { (a)-[:HELD_AT]->(:Venue) })";

    /** The count of every service at a location, with no filter: the store's count when each activity is held. */
    private static final String COUNT_HELD = """
            CALL (everyOneHeld) {
                RETURN CASE WHEN everyOneHeld THEN COUNT { (:Activity) }
                            ELSE COUNT { MATCH (a:Activity) WHERE EXISTS { (a)-[:HELD_AT]->(:Venue) } } END AS total
            }""";

    /**
     * The count of what has any term of one taxonomy, with no other filter: from the relationships themselves (only
     * activities are filed under categories and needs), not activity by activity, each a walk along its
     * relationships: 35 ms rather than 0.5 s at national scale, where nearly every activity has a term.
     */
    private static final Map<Filter, String> COUNT_IN_TAXONOMY = Map.of(
            Filter.IN_SOME_CATEGORY, "MATCH (a)-[:IN_CATEGORY]->()\nWITH DISTINCT a",
            Filter.SUPPORTS_SOME_NEED, "MATCH (a)-[:SUPPORTS]->()\nWITH DISTINCT a");

    /** After {@link #COUNT_IN_TAXONOMY}'s match, for service_at_locations: only those held at a venue. */
    private static final String AMONG_THE_HELD = """

            WHERE everyOneHeld OR EXISTS { (a)-[:HELD_AT]->(:Venue) }""";

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

    /** A page's answer: its count and its services projected; with a remembered count, what it counted too. */
    private static final String ITEMS = "RETURN total, [a IN page | %s] AS items".formatted(SERVICE);

    private static final String ITEMS_AND_COUNTED = ITEMS + ", activities, lastChange";

    static final String ONE = """
            MATCH (a:Activity {id: $id})
            RETURN %s AS item""".formatted(SERVICE);

    /** Which statement a page needs: its start, whether words are checked apart from it, its order, its count. */
    record Shape(Start start, List<Filter> filters, boolean textApart, boolean byChange, boolean heldSomewhere,
                 boolean counted) {

        static Shape of(ServiceFilter filter, boolean heldSomewhere) {
            var start = Start.of(filter);
            return new Shape(start, Filter.of(filter, start), filter.words() != null && start != Start.TEXT,
                    filter.modifiedAfter() != null, heldSomewhere, !filter.isEmpty() || heldSomewhere);
        }

        /**
         * Whether its count may be remembered ({@link KnownCounts}): a shape that starts from every activity or from
         * a change date, and so filters on what only an edit of the activity itself changes (its own properties,
         * categories, needs and venue), each of which stamps its {@code updatedAt}. Not a place (a venue may move)
         * nor words, an organization or a term: those start from few activities and are counted at once anyway.
         */
        boolean countRemembered() {
            return counted && !textApart && (start == Start.ALL || start == Start.MODIFIED)
                    && !(start == Start.ALL && filters.isEmpty());
        }
    }

    /**
     * A count that is taken again only when an activity has been added, removed or changed since it was last taken
     * ({@link KnownCounts}): how many activities there are (the store's count) and the latest {@code updatedAt} (the
     * last entry of its index) are read first, and the count's own subquery, inside the {@code CASE}, runs only when
     * either differs from what the caller knows. Paging through a broad filter then counts it once, not on every page.
     * (The latest activity is returned whole and its stamp read outside: returning the index-ordered property itself
     * trips the planner's check described above.)
     */
    private static final String REMEMBERED_COUNT = """
            CALL %s {
                WITH COUNT { (:Activity) } AS activities,
                     COLLECT { MATCH (x:Activity) WHERE x.updatedAt IS NOT NULL
                               RETURN x ORDER BY x.updatedAt DESC LIMIT 1 }[0].updatedAt AS lastChange
                RETURN activities, lastChange,
                       CASE WHEN activities = $knownActivities AND lastChange = $knownLastChange THEN $knownTotal
                            ELSE COUNT {
            %s
                                RETURN a } END AS total
            }""";

    private static final Map<Shape, String> STATEMENTS = new ConcurrentHashMap<>();

    private ServiceStatements() {
    }

    static String page(Shape shape) {
        return STATEMENTS.computeIfAbsent(shape, ServiceStatements::write);
    }

    /**
     * The statement for one shape of request, put together from the fixed fragments above: which of them is
     * chosen by the shape's enums and flags, never by a request's text; every value a request carries is a
     * {@code $parameter}. One statement per shape, kept, so Cypher plans each once.
     */
    private static String write(Shape shape) {
        String matching = lines(shape.start().cypher,
                shape.filters().stream().map(filter -> "  AND " + filter.cypher).collect(Collectors.joining("\n")),
                shape.textApart() ? AMONG_TEXT_MATCHES : "", shape.heldSomewhere() ? HELD_SOMEWHERE : "");
        var imported = new java.util.ArrayList<String>();
        if (shape.textApart()) {
            imported.add("textMatches");
        }
        if (shape.heldSomewhere()) {
            imported.add("everyOneHeld");
        }
        String imports = "(" + String.join(", ", imported) + ")";
        if (shape.start() == Start.TEXT) {
            return lines(shape.heldSomewhere() ? EVERY_ONE_HELD : "",
                    "CALL %s {".formatted(imports),
                    matching,
                    "WITH a " + order(shape),
                    "WITH collect(a) AS matches",
                    "RETURN size(matches) AS total, matches[$skip..$skip + $limit] AS page }",
                    ITEMS);
        }
        return lines(shape.textApart() ? TEXT_MATCHES : "",
                shape.heldSomewhere() ? EVERY_ONE_HELD : "",
                count(shape, imports, matching),
                "CALL %s {".formatted(imports),
                matching,
                "WITH a " + order(shape) + " SKIP $skip LIMIT $limit",
                "RETURN collect(a) AS page }",
                shape.countRemembered() ? ITEMS_AND_COUNTED : ITEMS);
    }

    /**
     * In {@code id} order; by change, from a change date, in the order of the {@code updatedAt} index itself, so a
     * page reads the index up to its end rather than sorting every activity changed since (23k of 100k in a month:
     * 53 ms p95 at the API sorted, against 19 ms of Cypher read in order). Two changes stamped alike (one
     * transaction's) come in the index's own order of equal keys, by the node, the same on every page. No tie-break
     * on {@code a.id}: Neo4j 2026.08 plans it as a partial sort after the index, and that fails the planner's check
     * described above when the page is projected with pattern comprehensions. From any other start, those changed
     * since are few and sorted, by an expression of the stamp (ordering by the indexed property itself trips the same
     * check) and then the id.
     */
    private static String order(Shape shape) {
        if (!shape.byChange()) {
            return "ORDER BY a.id";
        }
        return shape.start() == Start.MODIFIED ? "ORDER BY a.updatedAt" : "ORDER BY a.updatedAt.epochMillis, a.id";
    }

    private static String count(Shape shape, String imports, String matching) {
        if (!shape.counted()) {
            return "CALL () { MATCH (a:Activity) RETURN count(a) AS total }";
        }
        boolean onlyTheWhole = shape.start() == Start.ALL && !shape.textApart();
        if (onlyTheWhole && shape.filters().isEmpty() && shape.heldSomewhere()) {
            return COUNT_HELD;
        }
        String rows = matching;
        if (onlyTheWhole && shape.filters().size() == 1 && COUNT_IN_TAXONOMY.containsKey(shape.filters().getFirst())) {
            rows = COUNT_IN_TAXONOMY.get(shape.filters().getFirst()) + (shape.heldSomewhere() ? AMONG_THE_HELD : "");
        }
        if (shape.countRemembered()) {
            return REMEMBERED_COUNT.formatted(imports, rows.indent(8).stripTrailing());
        }
        return "CALL %s {\n%s\nRETURN count(a) AS total }".formatted(imports, rows);
    }

    private static String lines(String... parts) {
        return String.join("\n", List.of(parts).stream().filter(part -> !part.isEmpty()).toList());
    }
}
