package org.hedgerow.openreferral;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The two taxonomies and their terms. A vocabulary has tens of words, so each answer reads them all (one statement)
 * and pages them here, categories first, each by code.
 */
@Component
class TaxonomyFeed {

    private static final String TERMS = """
            CALL () { MATCH (c:Category) RETURN {vocabulary: 'category', code: c.code, name: c.name, green: c.green} AS term
                      UNION ALL
                      MATCH (n:Need) RETURN {vocabulary: 'need', code: n.code, name: n.name, green: null} AS term }
            RETURN term""";

    private record TermRow(String vocabulary, String code, @Nullable String name, @Nullable Boolean green) {

        TaxonomyTerm term() {
            return Taxonomies.term(vocabulary, code, name, green);
        }
    }

    private static final List<String> VOCABULARIES = List.of(ServiceFilter.CATEGORIES, ServiceFilter.NEEDS);

    private final Neo4jClient neo4j;

    TaxonomyFeed(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Page<Taxonomy> taxonomies(@Nullable String search, Paging paging) {
        var matching = VOCABULARIES.stream().map(vocabulary -> Taxonomies.taxonomy(vocabulary, null))
                .filter(taxonomy -> matches(search, taxonomy.name(), taxonomy.description())).toList();
        return slice(matching, paging);
    }

    Taxonomy taxonomy(String feedId) {
        var vocabulary = Taxonomies.vocabularyOf(feedId)
                .orElseThrow(() -> new NotFoundException("This feed has no taxonomy " + feedId + "."));
        return Taxonomies.taxonomy(vocabulary, terms().stream().filter(term -> term.taxonomyId().equals(feedId)).toList());
    }

    Page<TaxonomyTerm> terms(@Nullable String search, @Nullable String taxonomyId, Paging paging) {
        var matching = terms().stream()
                .filter(term -> taxonomyId == null || term.taxonomyId().equals(taxonomyId))
                .filter(term -> matches(search, term.name(), term.term()))
                .toList();
        return slice(matching, paging);
    }

    TaxonomyTerm term(String feedId) {
        return terms().stream().filter(term -> term.id().equals(feedId)).findFirst()
                .orElseThrow(() -> new NotFoundException("This feed has no taxonomy_term " + feedId + "."));
    }

    private List<TaxonomyTerm> terms() {
        return Rows.fetch(neo4j.query(TERMS), "term", TermRow.class).all().stream()
                .sorted(Comparator.comparing((TermRow row) -> VOCABULARIES.indexOf(row.vocabulary()))
                        .thenComparing(TermRow::code))
                .map(TermRow::term).toList();
    }

    private static boolean matches(@Nullable String search, String... texts) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Page<T> slice(List<T> all, Paging paging) {
        long from = Math.min(paging.skip(), all.size());
        long to = Math.min(from + paging.perPage(), all.size());
        return Page.of(all.subList((int) from, (int) to), all.size(), paging);
    }
}
