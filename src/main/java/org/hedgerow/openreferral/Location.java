package org.hedgerow.openreferral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A venue as an ORUK physical location, with its postal address when the directory has one and its access. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record Location(String id, String locationType, String name, @Nullable Double latitude, @Nullable Double longitude,
                List<Address> addresses, List<Accessibility> accessibility) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city, String stateProvince,
                   String postalCode, String country, String addressType) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Accessibility(String id, String locationId, String description) {
    }
}
