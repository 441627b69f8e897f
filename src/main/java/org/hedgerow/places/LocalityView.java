package org.hedgerow.places;

import org.hedgerow.core.ListingStatus;

/** A locality, place or ICS, with the one it lies within. */
record LocalityView(String id, String code, String name, LocalityKind kind, String withinCode,
                           String withinName, Double latitude, Double longitude, ListingStatus status,
                           long version) {
}
