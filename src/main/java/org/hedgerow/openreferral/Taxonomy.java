package org.hedgerow.openreferral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One of Hedgerow's two published vocabularies: the categories of activity, and the needs activities support.
 *
 * @param taxonomyTerms its terms (only {@code GET /taxonomies/{id}})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record Taxonomy(String id, String name, String description, String version,
                @Nullable List<TaxonomyTerm> taxonomyTerms) {
}
