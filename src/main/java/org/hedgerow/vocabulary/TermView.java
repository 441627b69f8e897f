package org.hedgerow.vocabulary;

import org.hedgerow.core.ListingStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A word of the network's shared vocabulary: a category of activity ("Walking", green or not) or a need it
 * supports ("Loneliness"). {@code green} is only for categories.
 */
record TermView(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean green,
                       ListingStatus status, long version) {
}
