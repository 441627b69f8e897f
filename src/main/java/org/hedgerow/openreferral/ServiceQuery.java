package org.hedgerow.openreferral;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of {@code /services} and {@code /service_at_locations} as they arrive, all text, so that each bad one
 * can be named ({@link ServiceFilter#from} reads and checks them). Every filter given must hold (AND). Bound from the
 * query string by Spring, under the profile's snake_case names.
 */
record ServiceQuery(@Nullable String search,
                    @BindParam("taxonomy_term_id") @Nullable String taxonomyTermId,
                    @BindParam("taxonomy_id") @Nullable String taxonomyId,
                    @BindParam("organization_id") @Nullable String organizationId,
                    @BindParam("modified_after") @Nullable String modifiedAfter,
                    @Nullable String postcode,
                    @Nullable String proximity,
                    @BindParam("minimum_age") @Nullable String minimumAge,
                    @BindParam("maximum_age") @Nullable String maximumAge,
                    @Nullable String day,
                    @BindParam("start_time") @Nullable String startTime,
                    @BindParam("end_time") @Nullable String endTime) {
}
