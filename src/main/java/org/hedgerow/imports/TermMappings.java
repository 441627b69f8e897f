package org.hedgerow.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.hedgerow.imports.MappedService.FeedTerm;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which Hedgerow category or need a feed's taxonomy term stands for. A term met for the first time is matched to a
 * category or need of the same code or name if there is one; otherwise it waits in the table, unmapped, for a
 * facilitator to map it (or to say it has no counterpart). The table is kept, so the next import uses it.
 */
@Component
class TermMappings {

    /** What a term maps to: a category, a need, or deliberately nothing. */
    enum Target {
        CATEGORY, NEED, IGNORE
    }

    private static final String MEET = """
            UNWIND $terms AS term
            WITH term,
                 COLLECT { MATCH (c:Category) WHERE toLower(c.code) = toLower(term.name) OR toLower(c.name) = toLower(term.name)
                           RETURN c.code }[0] AS categoryCode,
                 COLLECT { MATCH (n:Need) WHERE toLower(n.code) = toLower(term.name) OR toLower(n.name) = toLower(term.name)
                           RETURN n.code }[0] AS needCode
            MERGE (t:TermMapping {key: term.key})
            ON CREATE SET t.taxonomy = term.taxonomy, t.termId = term.id, t.termName = term.name, t.seenIn = [],
                t.code = coalesce(categoryCode, needCode),
                t.target = CASE WHEN categoryCode IS NOT NULL THEN 'CATEGORY' WHEN needCode IS NOT NULL THEN 'NEED' END
            SET t.seenIn = CASE WHEN $importId IN t.seenIn THEN t.seenIn ELSE t.seenIn[-19..] + $importId END
            RETURN t {.key, .taxonomy, .termId, .termName, .target, .code} AS mapping
            """;

    private static final String LIST = """
            MATCH (t:TermMapping)
            WHERE ($unmapped IS NULL OR (t.target IS NULL) = $unmapped)
              AND ($importId IS NULL OR $importId IN t.seenIn)
            WITH t ORDER BY t.taxonomy, t.termName
            WITH collect(t) AS matched
            RETURN size(matched) AS total,
                   [t IN matched[$skip..$skip + $size] | t {.key, .taxonomy, .termId, .termName, .target, .code}] AS items
            """;

    private static final String LOOKUP = """
            UNWIND $keys AS key
            MATCH (t:TermMapping {key: key})
            RETURN t {.key, .taxonomy, .termId, .termName, .target, .code} AS mapping
            """;

    private static final String MAP = """
            MATCH (t:TermMapping {key: $key})
            WITH t, CASE $target WHEN 'CATEGORY' THEN EXISTS { (:Category {code: $code}) }
                                 WHEN 'NEED' THEN EXISTS { (:Need {code: $code}) } ELSE true END AS known
            CALL (t, known) {
                WITH t WHERE known
                SET t.target = $target, t.code = CASE WHEN $target = 'IGNORE' THEN null ELSE $code END
            }
            RETURN known, t {.key, .taxonomy, .termId, .termName, .target, .code} AS mapping
            """;

    /** A term and what it stands for in Hedgerow ({@code target} null: not mapped yet). */
    record TermMapping(String key, String taxonomy, String termId, String termName, @Nullable Target target,
                       @Nullable String code) {
    }

    /** The category and need codes a service's terms stand for, and the terms still unmapped. */
    record Resolved(List<String> categories, List<String> needs, List<FeedTerm> unmapped) {
    }

    record Mapped(boolean known, TermMapping mapping) {
    }

    private final Neo4jClient neo4j;

    TermMappings(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The mappings of these terms, adding any met for the first time (matched by name where possible). */
    Map<String, TermMapping> meet(String importId, List<FeedTerm> terms) {
        if (terms.isEmpty()) {
            return Map.of();
        }
        var rows = terms.stream().map(term -> Map.of("key", term.key(), "taxonomy", term.taxonomy(), "id", term.id(),
                "name", term.name())).distinct().toList();
        var mappings = new java.util.HashMap<String, TermMapping>();
        Rows.fetch(neo4j.query(MEET).bind(rows).to("terms").bind(importId).to("importId"), "mapping",
                TermMapping.class).all().forEach(mapping -> mappings.put(mapping.key(), mapping));
        return mappings;
    }

    /** The codes these terms stand for now, read only (applying reads the table as it is then). */
    Resolved lookup(List<FeedTerm> terms) {
        if (terms.isEmpty()) {
            return new Resolved(List.of(), List.of(), List.of());
        }
        var mappings = new java.util.HashMap<String, TermMapping>();
        Rows.fetch(neo4j.query(LOOKUP).bind(terms.stream().map(FeedTerm::key).distinct().toList()).to("keys"),
                "mapping", TermMapping.class).all().forEach(mapping -> mappings.put(mapping.key(), mapping));
        return resolve(terms, mappings);
    }

    /** The codes these terms stand for by mappings already met (a page's terms are met in one statement). */
    static Resolved resolve(List<FeedTerm> terms, Map<String, TermMapping> mappings) {
        var categories = new ArrayList<String>();
        var needs = new ArrayList<String>();
        var unmapped = new ArrayList<FeedTerm>();
        for (var term : terms) {
            var mapping = mappings.get(term.key());
            if (mapping == null || mapping.target() == null) {
                unmapped.add(term);
            } else if (mapping.target() == Target.CATEGORY && mapping.code() != null) {
                categories.add(mapping.code());
            } else if (mapping.target() == Target.NEED && mapping.code() != null) {
                needs.add(mapping.code());
            }
        }
        return new Resolved(categories, needs, unmapped);
    }

    Paged<TermMapping> list(@Nullable Boolean unmapped, @Nullable String importId, PageRequest page) {
        return Rows.page(neo4j.query(LIST).bind(unmapped).to("unmapped").bind(importId).to("importId"), page,
                TermMapping.class);
    }

    TermMapping map(String key, Target target, @Nullable String code) {
        if (target != Target.IGNORE && (code == null || code.isBlank())) {
            throw new InvalidRequestException("code", "is needed to map a term to a " + target.name().toLowerCase());
        }
        var mapped = Rows.fetch(neo4j.query(MAP).bind(key).to("key").bind(target.name()).to("target").bind(code)
                .to("code"), Mapped.class).one()
                .orElseThrow(() -> new NotFoundException("There is no taxonomy term " + key + " in the mapping table."));
        if (!mapped.known()) {
            throw new InvalidRequestException("code", "is not a " + target.name().toLowerCase() + " we know: " + code);
        }
        return mapped.mapping();
    }
}
