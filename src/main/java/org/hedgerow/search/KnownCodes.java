package org.hedgerow.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which category, need and locality codes exist, so that a search for a code nobody uses is a 400 that
 * says so rather than an empty list that looks like "nothing here". Codes seen to exist are remembered
 * (they are few and are not deleted), so a search asks the graph only the first time it meets a code:
 * the search itself stays one statement. A code that was deleted after being remembered just finds nothing.
 */
@Component
class KnownCodes {

    private static final String UNKNOWN = """
            RETURN [code IN $categories WHERE NOT EXISTS { MATCH (:Category {code: code}) }] AS categories,
                   [code IN $needs WHERE NOT EXISTS { MATCH (:Need {code: code}) }] AS needs,
                   [code IN $localities WHERE NOT EXISTS { MATCH (:Locality {code: code}) }] AS localities
            """;

    private static final String CATEGORY_AND_NEED_CODES = """
            RETURN COLLECT { MATCH (c:Category) RETURN c.code ORDER BY c.code } AS categories,
                   COLLECT { MATCH (n:Need) RETURN n.code ORDER BY n.code } AS needs
            """;

    /** The codes a search asked for that do not exist, by kind. */
    record Unknown(List<String> categories, List<String> needs, List<String> localities) {

        boolean none() {
            return categories.isEmpty() && needs.isEmpty() && localities.isEmpty();
        }
    }

    private final Neo4jClient neo4j;
    private final Set<String> categories = ConcurrentHashMap.newKeySet();
    private final Set<String> needs = ConcurrentHashMap.newKeySet();
    private final Set<String> localities = ConcurrentHashMap.newKeySet();

    KnownCodes(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Unknown unknown(List<String> categoryCodes, List<String> needCodes, List<String> localityCodes) {
        var askCategories = notYetSeen(categoryCodes, categories);
        var askNeeds = notYetSeen(needCodes, needs);
        var askLocalities = notYetSeen(localityCodes, localities);
        if (askCategories.isEmpty() && askNeeds.isEmpty() && askLocalities.isEmpty()) {
            return new Unknown(List.of(), List.of(), List.of());
        }
        var unknown = Rows.fetch(neo4j.query(UNKNOWN)
                .bindAll(Map.of("categories", askCategories, "needs", askNeeds, "localities", askLocalities)),
                Unknown.class).one().orElseThrow();
        remember(askCategories, unknown.categories(), categories);
        remember(askNeeds, unknown.needs(), needs);
        remember(askLocalities, unknown.localities(), localities);
        return unknown;
    }

    /** Every category and need code there is, for telling someone what they could have asked for. */
    Vocabulary vocabulary() {
        return Rows.fetch(neo4j.query(CATEGORY_AND_NEED_CODES), Vocabulary.class).one().orElseThrow();
    }

    record Vocabulary(List<String> categories, List<String> needs) {
    }

    private static List<String> notYetSeen(List<String> codes, Set<String> seen) {
        return codes == null ? List.of() : codes.stream().filter(code -> !seen.contains(code)).distinct().toList();
    }

    private static void remember(List<String> asked, List<String> unknown, Set<String> seen) {
        asked.stream().filter(code -> !unknown.contains(code)).forEach(seen::add);
    }
}
