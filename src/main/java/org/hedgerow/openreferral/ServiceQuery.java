package org.hedgerow.openreferral;

import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code /services} and {@code /service_at_locations} as they arrive, all text, so that each bad one
 * can be named ({@link ServiceFilter#from} reads and checks them). Every filter given must hold (AND).
 */
record ServiceQuery(@Nullable String search, @Nullable String taxonomyTermId, @Nullable String taxonomyId,
                    @Nullable String organizationId, @Nullable String modifiedAfter, @Nullable String postcode,
                    @Nullable String proximity, @Nullable String minimumAge, @Nullable String maximumAge,
                    @Nullable String day, @Nullable String startTime, @Nullable String endTime) {
}
