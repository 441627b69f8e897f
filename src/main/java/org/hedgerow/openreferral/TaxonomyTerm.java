package org.hedgerow.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A category or need as a term of its taxonomy; {@code term} is Hedgerow's code for it (e.g. {@code WALKING}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaxonomyTerm(String id, String name, String description, String taxonomy, String taxonomyId, String term) {
}
