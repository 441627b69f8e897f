package org.hedgerow.places;

import org.hedgerow.core.ListingStatus;
import org.jspecify.annotations.Nullable;

/** A locality, place or ICS, with the one it lies within. */
record LocalityView(String id, String code, String name, LocalityKind kind, @Nullable String withinCode,
                           @Nullable String withinName, @Nullable Double latitude, @Nullable Double longitude, ListingStatus status,
                           long version) {
}
