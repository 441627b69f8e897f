package org.hedgerow.openreferral;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.hedgerow.search.SearchWords;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Groups as organizations: a page in id order read from the unique constraint's index, counted from the store's
 * own count (or, with {@code search}, the full-text index over groups' names and descriptions); projected outside the
 * ordering subquery, as {@link ServiceStatements} explains.
 */
@Component
class OrganizationFeed {

    private static final String GROUP = "g {.id, .name, .description, .website, .status}";

    private static final String PAGE = """
            CALL () { MATCH (g:Group) RETURN count(g) AS total }
            CALL () { MATCH (g:Group) WHERE g.id IS NOT NULL
                      WITH g ORDER BY g.id SKIP $skip LIMIT $limit
                      RETURN collect(g) AS page }
            RETURN total, [g IN page | %s] AS items""".formatted(GROUP);

    private static final String SEARCH = """
            CALL () { CALL db.index.fulltext.queryNodes('group_text', $words) YIELD node AS g
                      WHERE g:Group RETURN count(g) AS total }
            CALL () { CALL db.index.fulltext.queryNodes('group_text', $words) YIELD node AS g
                      WHERE g:Group WITH g ORDER BY g.id SKIP $skip LIMIT $limit
                      RETURN collect(g) AS page }
            RETURN total, [g IN page | %s] AS items""".formatted(GROUP);

    private static final String ONE = """
            MATCH (g:Group {id: $id})
            RETURN %s AS group,
                   [(g)-[:RUNS]->(a:Activity) | a {.id, .name, .status}] AS services""".formatted(GROUP);

    private record PageRows(long total, List<ServiceRow.GroupRow> items) {
    }

    private record ServiceName(String id, @Nullable String name, @Nullable String status) {
    }

    private record OneRow(ServiceRow.GroupRow group, List<ServiceName> services) {
    }

    private final Neo4jClient neo4j;
    private final FeedIndex index;

    OrganizationFeed(Neo4jClient neo4j, FeedIndex index) {
        this.neo4j = neo4j;
        this.index = index;
    }

    Page<Organization> organizations(@Nullable String search, Paging paging) {
        Optional<String> words = search == null || search.isBlank() ? Optional.empty() : SearchWords.luceneQuery(search);
        if (search != null && !search.isBlank() && words.isEmpty()) {
            return Page.of(List.of(), 0, paging);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("words", words.orElse(null));
        parameters.put("skip", paging.skip());
        parameters.put("limit", paging.perPage());
        var rows = neo4j.query(words.isPresent() ? SEARCH : PAGE).bindAll(parameters).fetchAs(PageRows.class)
                .mappedBy((types, row) -> new PageRows(row.get("total").asLong(),
                        Rows.list(row.get("items"), ServiceRow.GroupRow.class)))
                .one().orElseThrow();
        return Page.of(rows.items().stream().map(ServiceRow.GroupRow::organization).toList(), rows.total(), paging);
    }

    Organization organization(String feedId) {
        var row = index.group(feedId)
                .flatMap(id -> Rows.fetch(neo4j.query(ONE).bind(id).to("id"), OneRow.class).one())
                .orElseThrow(() -> new NotFoundException("This feed has no organization " + feedId + "."));
        var organization = row.group().organization();
        boolean groupArchived = "ARCHIVED".equals(row.group().status());
        var services = row.services().stream()
                .map(service -> new Organization.ServiceRef(PublicIds.SERVICE.of(service.id()),
                        service.name() == null ? "" : service.name(),
                        groupArchived || "ARCHIVED".equals(service.status()) ? "inactive" : "active"))
                .sorted(java.util.Comparator.comparing(Organization.ServiceRef::id))
                .toList();
        return new Organization(organization.id(), organization.name(), organization.description(),
                organization.website(), services);
    }
}
