package org.hedgerow.openreferral;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code GET /openreferral/}: which standard the feed follows. {@code version} is the exact string the
 * ORUK validator reads to choose its checks.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ApiDetails(String version, String profile, String openapiUrl) {

    static final ApiDetails ORUK_3 = new ApiDetails("HSDS-UK-3.0",
            "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
            "https://openreferraluk.org/specifications/3.0/openapi.json");
}
