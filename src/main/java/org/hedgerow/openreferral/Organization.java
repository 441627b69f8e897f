package org.hedgerow.openreferral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A group as an ORUK organization: its name, what it says about itself and its website, which the public directory
 * shows. Nothing about its organisers. A service's own organization and the list leave {@code services} out.
 *
 * @param services by id, the services it runs (only {@code GET /organizations/{id}})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record Organization(String id, String name, String description, @Nullable String website,
                    @Nullable List<ServiceRef> services) {

    /** A service an organization runs, named. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceRef(String id, String name, String status) {
    }
}
