package org.hedgerow.places;

import org.hedgerow.core.ListingStatus;

import java.util.List;

/** A place where activities are held, with its accessibility and the locality it is in. */
record VenueView(String id, String name, String address, String postcode, Double latitude, Double longitude,
                        List<String> accessibility, String localityCode, String localityName, ListingStatus status,
                        long version) {
}
