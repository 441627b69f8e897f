package org.hedgerow.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.activities.Sessions;
import org.hedgerow.activities.WayIn;

import org.hedgerow.search.SearchCriteria.Sort;

/**
 * The Cypher of a search: one statement per search, chosen by where it is cheapest to start and how its
 * results are ordered, and written here whole from fixed parts (never from anything a user sent; every
 * value is a {@code $parameter}).
 *
 * <p>Where each starts, and why (measured on 100,000 synthetic activities, see {@code ActivitySearchBenchmark}):
 * <ul>
 * <li>{@link Start#NEAR}: the point index on venue locations ({@code point.distance(...) <= $radius}), then
 * the few activities held there. Nearest first, the venues are put in distance order before their
 * activities are read, so the page is read from the nearest venues outwards (a {@code PartialTop}) instead of
 * sorting every activity in the circle: a 50 km circle (~5,000 activities) went from 17 ms to 2 ms.</li>
 * <li>{@link Start#LOCALITY}: the locality, every locality within it at any depth, their venues and activities.</li>
 * <li>{@link Start#TEXT}: the full-text index. Its matches come best first, so with the relevance sort
 * the statement stops as soon as it has the page instead of filtering and sorting every match (36 ms →
 * 3 ms for a word found in 8,000 activities); sorting by name has to read them all. Category and need
 * filters are checked against the set of activities in those categories, collected once (an {@code IN}
 * test per match): a word with a category it rarely goes with would otherwise walk the relationships of
 * every match (23 ms → 7 ms).</li>
 * <li>{@link Start#NEAR_TEXT} and {@link Start#LOCALITY_TEXT}: words and a place. The place is nearly always
 * the smaller set: its activities are collected first and the full-text matches are kept only if among
 * them (streaming 8,000 matches against a set costs ~3 ms; walking from each match to its venue ~30 ms).</li>
 * <li>{@link Start#BROWSE}: no words and no place. The range index on activity names gives them in name
 * order, so the statement reads only as far as the page it shows (a {@code PartialTop}), not all 100,000.
 * Categories and needs are checked on each activity read: the read stops at the page, so for the usual
 * filters this is cheaper than collecting everyone in a category first (4 ms against 11 ms).</li>
 * </ul>
 * Pages are fetched one row long ({@code $limit} = size + 1) to say whether there is more, without counting.
 */
final class SearchStatements {

    enum Start {
        TEXT(true), NEAR(false), NEAR_TEXT(true), LOCALITY(false), LOCALITY_TEXT(true), BROWSE(false);

        private final boolean words;

        Start(boolean words) {
            this.words = words;
        }

        boolean hasWords() {
            return words;
        }

        boolean hasPoint() {
            return this == NEAR || this == NEAR_TEXT;
        }

        /** The orders a search from this start can ask for (relevance needs words, distance a point). */
        List<Sort> sorts() {
            return List.of(Sort.values()).stream()
                    .filter(sort -> sort != Sort.RELEVANCE || hasWords())
                    .filter(sort -> sort != Sort.DISTANCE || hasPoint())
                    .toList();
        }
    }

    /** Filters on the activity's own properties; {@code a} is the activity. */
    private static final String ACTIVITY_IS_WANTED = """
            a.status = 'ACTIVE'
              AND ($days IS NULL OR any(day IN a.days WHERE day IN $days))
              AND ($startsAfter IS NULL OR a.startTime >= $startsAfter)
              AND ($endsBefore IS NULL OR a.endTime <= $endsBefore)
              AND (NOT $free OR a.cost = 'FREE')
              AND (NOT $hasSpaces OR a.spacesLeft IS NULL OR a.spacesLeft > 0)
              AND ($age IS NULL OR (coalesce(a.minimumAge, 0) <= $age AND coalesce(a.maximumAge, $age) >= $age))
              AND ($waysIn IS NULL OR %s IN $waysIn)""".formatted(WayIn.OF_ACTIVITY);

    /** Look at each activity's categories and needs: for starts that yield few, or that stop at the page. */
    private static final String IN_CATEGORIES_AND_NEEDS = """
              AND ($categories IS NULL OR EXISTS { (a)-[:IN_CATEGORY]->(c:Category) WHERE c.code IN $categories })
              AND ($needs IS NULL OR EXISTS { (a)-[:SUPPORTS]->(n:Need) WHERE n.code IN $needs })""";

    /** For the full-text start, which may yield thousands: collect who is in them once, then test membership. */
    private static final String CATEGORY_AND_NEED_SETS = """
            CALL () { MATCH (c:Category) WHERE c.code IN $categories
                      MATCH (c)<-[:IN_CATEGORY]-(x:Activity) RETURN collect(x) AS inCategories }
            CALL () { MATCH (n:Need) WHERE n.code IN $needs
                      MATCH (n)<-[:SUPPORTS]-(x:Activity) RETURN collect(x) AS inNeeds }""";

    private static final String IN_CATEGORY_AND_NEED_SETS = """
              AND ($categories IS NULL OR a IN inCategories)
              AND ($needs IS NULL OR a IN inNeeds)""";

    private static final String RUN_BY_AN_ACTIVE_GROUP = """
            MATCH (g:Group)-[:RUNS]->(a) WHERE g.status = 'ACTIVE'""";

    private static final String VENUES_NEAR = """
            MATCH (v:Venue)
            WHERE point.distance(v.location, point({latitude: $latitude, longitude: $longitude})) <= $radius
              AND ($locality IS NULL
                   OR EXISTS { (v)-[:IN]->(:Locality)-[:WITHIN*0..]->(:Locality {code: $locality}) })
            WITH v, point.distance(v.location, point({latitude: $latitude, longitude: $longitude})) AS distance""";

    private static final String NEAREST_FIRST = """
            ORDER BY distance""";

    private static final String THEIR_ACTIVITIES = """
            MATCH (a:Activity)-[:HELD_AT]->(v)
            WHERE""";

    private static final String VENUES_WITHIN_LOCALITY = """
            MATCH (:Locality {code: $locality})<-[:WITHIN*0..]-(l:Locality)
            WITH DISTINCT l
            MATCH (l)<-[:IN]-(v:Venue)<-[:HELD_AT]-(a:Activity)
            WHERE""";

    /** Keeps the full-text matches that are among the candidates, in the index's order: best first. */
    private static final String TEXT_MATCHES_AMONG_CANDIDATES = """
            WITH collect(a) AS candidates
            WHERE size(candidates) > 0
            CALL db.index.fulltext.queryNodes('activity_text', $words) YIELD node AS a, score
            WHERE a IN candidates""";

    /**
     * The relevance order is the order the full-text index yields its matches in (best first; ties in the
     * index's own stable order). Every step after it keeps row order, so the page is a slice of that stream
     * and the statement stops reading matches once it has it. Re-sorting instead would read every match,
     * and would break ties differently from page to page.
     */
    private static final String BEST_FIRST = """
            SKIP $skip LIMIT $limit""";

    private static final String BY_DISTANCE = """
            ORDER BY distance, a.name, a.id SKIP $skip LIMIT $limit""";

    private static final String BY_NAME = """
            ORDER BY a.name, a.id SKIP $skip LIMIT $limit""";

    /** One row per activity shown, with what a listing needs ({@code ActivitySearch.Found}); {@code v} may be null. */
    private static final String SHOW = """
            OPTIONAL MATCH (v)-[:IN]->(l:Locality)
            RETURN a.id AS id, a.name AS name, a.description AS description, a.days AS days,
                   a.frequency AS frequency, a.weekOfMonth AS weekOfMonth,
                   a.startTime AS startTime, a.endTime AS endTime, a.cost AS cost, a.costNote AS costNote,
                   a.capacity AS capacity, a.spacesLeft AS spacesLeft, a.updatedAt AS updatedAt,
                   g {.id, .name} AS group,
                   v {.id, .name, .postcode, accessibility: coalesce(v.accessibility, [])} AS venue,
                   l {.code, .name} AS locality,
                   COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c {.code, .name} } AS categories,
                   COLLECT { MATCH (a)-[:SUPPORTS]->(n:Need) RETURN n {.code, .name} } AS needs,
                   a.minimumAge AS minimumAge, a.maximumAge AS maximumAge, %s AS wayIn,
                   %s AS sessionChanges,
                   score, distance""".formatted(WayIn.OF_ACTIVITY, Sessions.CHANGES);

    private static final Map<Start, Map<Sort, String>> STATEMENTS = new EnumMap<>(Start.class);

    static {
        for (var start : Start.values()) {
            var bySort = new EnumMap<Sort, String>(Sort.class);
            start.sorts().forEach(sort -> bySort.put(sort, write(start, sort)));
            STATEMENTS.put(start, bySort);
        }
    }

    private SearchStatements() {
    }

    /** Where a search starts: a place when it has one (nearly always the smallest set), else its words. */
    static Start startFor(SearchCriteria criteria) {
        if (criteria.near() != null) {
            return criteria.hasWords() ? Start.NEAR_TEXT : Start.NEAR;
        }
        if (criteria.locality() != null) {
            return criteria.hasWords() ? Start.LOCALITY_TEXT : Start.LOCALITY;
        }
        return criteria.hasWords() ? Start.TEXT : Start.BROWSE;
    }

    /** The statement for a start and an order (one of {@link Start#sorts()}). */
    static String statement(Start start, Sort sort) {
        var statement = STATEMENTS.get(start).get(sort);
        if (statement == null) {
            throw new IllegalArgumentException("A search from " + start + " cannot be sorted by " + sort);
        }
        return statement;
    }

    private static String write(Start start, Sort sort) {
        String order = switch (sort) {
            case RELEVANCE -> BEST_FIRST;
            case DISTANCE -> BY_DISTANCE;
            case NAME -> BY_NAME;
        };
        return switch (start) {
            case TEXT -> lines(
                    CATEGORY_AND_NEED_SETS,
                    "CALL db.index.fulltext.queryNodes('activity_text', $words) YIELD node AS a, score",
                    "WHERE", ACTIVITY_IS_WANTED, IN_CATEGORY_AND_NEED_SETS,
                    RUN_BY_AN_ACTIVE_GROUP,
                    "WITH a, g, score, null AS distance",
                    order,
                    "OPTIONAL MATCH (a)-[:HELD_AT]->(v:Venue)",
                    SHOW);
            case NEAR -> lines(
                    VENUES_NEAR,
                    sort == Sort.DISTANCE ? NEAREST_FIRST : "",
                    THEIR_ACTIVITIES, ACTIVITY_IS_WANTED, IN_CATEGORIES_AND_NEEDS,
                    RUN_BY_AN_ACTIVE_GROUP,
                    "WITH a, g, v, null AS score, distance",
                    order,
                    SHOW);
            case NEAR_TEXT -> lines(
                    VENUES_NEAR,
                    THEIR_ACTIVITIES, ACTIVITY_IS_WANTED, IN_CATEGORIES_AND_NEEDS,
                    RUN_BY_AN_ACTIVE_GROUP,
                    TEXT_MATCHES_AMONG_CANDIDATES,
                    RUN_BY_AN_ACTIVE_GROUP,
                    "MATCH (a)-[:HELD_AT]->(v:Venue)",
                    "WITH a, g, v, score,",
                    "     point.distance(v.location, point({latitude: $latitude, longitude: $longitude})) AS distance",
                    order,
                    SHOW);
            case LOCALITY -> lines(
                    VENUES_WITHIN_LOCALITY, ACTIVITY_IS_WANTED, IN_CATEGORIES_AND_NEEDS,
                    RUN_BY_AN_ACTIVE_GROUP,
                    "WITH a, g, v, null AS score, null AS distance",
                    order,
                    SHOW);
            case LOCALITY_TEXT -> lines(
                    VENUES_WITHIN_LOCALITY, ACTIVITY_IS_WANTED, IN_CATEGORIES_AND_NEEDS,
                    RUN_BY_AN_ACTIVE_GROUP,
                    TEXT_MATCHES_AMONG_CANDIDATES,
                    RUN_BY_AN_ACTIVE_GROUP,
                    "MATCH (a)-[:HELD_AT]->(v:Venue)",
                    "WITH a, g, v, score, null AS distance",
                    order,
                    SHOW);
            case BROWSE -> lines(
                    "MATCH (a:Activity) USING INDEX a:Activity(name)",
                    "WHERE a.name IS NOT NULL AND", ACTIVITY_IS_WANTED, IN_CATEGORIES_AND_NEEDS,
                    RUN_BY_AN_ACTIVE_GROUP,
                    "WITH a, g",
                    order,
                    "OPTIONAL MATCH (a)-[:HELD_AT]->(v:Venue)",
                    "WITH a, g, v, null AS score, null AS distance",
                    SHOW);
        };
    }

    private static String lines(String... parts) {
        return String.join("\n", List.of(parts).stream().filter(part -> !part.isEmpty()).toList());
    }
}
