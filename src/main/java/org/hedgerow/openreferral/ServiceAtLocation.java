package org.hedgerow.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An activity at its venue. The nested service is given without its own service_at_locations. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record ServiceAtLocation(String id, String serviceId, String locationId, Location location,
                         @Nullable Service service) {
}
