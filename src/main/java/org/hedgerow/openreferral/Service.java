package org.hedgerow.openreferral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An activity as an ORUK service. Absent fields are left out (the ORUK schemas allow no null). Contacts are never
 * given: an activity's contact may be a person's own phone or e-mail, and the feed shows no personal data.
 *
 * @param status                {@code active}, or {@code inactive} when the activity or its group is archived
 * @param serviceAtLocations    where it is held (its venue), each with the location
 * @param attributes            its categories and needs, as terms of Hedgerow's two taxonomies
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record Service(String id, @Nullable String organizationId, String name, @Nullable String description, String status,
               @Nullable Integer minimumAge, @Nullable Integer maximumAge, @Nullable String lastModified,
               @Nullable Organization organization, List<Schedule> schedules, List<CostOption> costOptions,
               @Nullable List<ServiceAtLocation> serviceAtLocations, List<Attribute> attributes) {

    /** The same service without its places: for a service_at_location, which already gives the place. */
    Service withoutPlaces() {
        return new Service(id, organizationId, name, description, status, minimumAge, maximumAge, lastModified,
                organization, schedules, costOptions, null, attributes);
    }

    /**
     * When it meets, as an iCalendar recurrence (RFC 5545): {@code freq} WEEKLY or MONTHLY, {@code byday} such as
     * {@code MO,TH} or {@code 1SA} (the first Saturday), local times as {@code HH:mm:ss}.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(String id, String serviceId, @Nullable String freq, @Nullable Integer interval,
                    @Nullable String byday, @Nullable String dtstart, @Nullable String opensAt,
                    @Nullable String closesAt, String description) {
    }

    /** What taking part costs: free (amount 0), reduced or a fee, with the organiser's note as the description. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostOption(String id, String serviceId, String option, @Nullable Integer amount,
                      @Nullable String amountDescription) {
    }

    /** A taxonomy term the service is filed under. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attribute(String id, String linkId, String linkType, String taxonomyTermId, TaxonomyTerm taxonomyTerm) {
    }
}
