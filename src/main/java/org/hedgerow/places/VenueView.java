package org.hedgerow.places;

import org.hedgerow.core.ListingStatus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A place where activities are held, with its accessibility and the locality it is in. */
public record VenueView(String id, String name, @Nullable String address, @Nullable String postcode, @Nullable Double latitude, @Nullable Double longitude,
                        List<String> accessibility, String localityCode, String localityName, ListingStatus status,
                        long version) {
}
