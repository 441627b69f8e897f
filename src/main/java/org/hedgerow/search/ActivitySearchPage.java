package org.hedgerow.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results. There is no total: counting every match would cost more than finding the
 * page (see {@link SearchStatements}); {@code hasMore} says whether a next page exists.
 *
 * @param sort how the items are ordered: relevance, distance or name
 * @param near where distances are measured from; null when the search had no point
 */
record ActivitySearchPage(List<ActivityHit> items, int page, int size, boolean hasMore, String sort, @Nullable Origin near) {

    /**
     * @param postcode the postcode searched near, as normalised ("DE56 1AB"); null for lat and lon
     * @param place    the geocoder's name for that place; null for lat and lon
     */
    record Origin(double latitude, double longitude, @Nullable String postcode, @Nullable String place, double radiusKm) {
    }
}
