package org.hedgerow.openreferral;

import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.ProblemDetails;
import org.hedgerow.search.Geocoder;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Referral UK 3.0 read API. Public (no sign-in; any origin may read it), read-only, described by the ORUK
 * OpenAPI document that {@code GET /openreferral/} points at rather than by the app's own, which is the web app's.
 * Unknown parameters (ORUK's optional {@code full}, {@code format}, …) are ignored; lists always nest in full.
 */
@RestController
@RequestMapping(path = "/openreferral", produces = "application/json")
class OpenReferralController {

    private final ServiceFeed services;
    private final OrganizationFeed organizations;
    private final TaxonomyFeed taxonomies;
    private final FeedIndex index;
    private final Geocoder geocoder;

    OpenReferralController(ServiceFeed services, OrganizationFeed organizations, TaxonomyFeed taxonomies,
                           FeedIndex index, Geocoder geocoder) {
        this.services = services;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
        this.index = index;
        this.geocoder = geocoder;
    }

    @GetMapping({"", "/"})
    ApiDetails details() {
        return ApiDetails.ORUK_3;
    }

    @GetMapping("/services")
    Page<Service> services(@RequestParam(name = "page", required = false) @Nullable String page,
                           @RequestParam(name = "per_page", required = false) @Nullable String perPage,
                           ServiceQuery query) {
        var paging = Paging.from(page, perPage);
        return services.services(ServiceFilter.from(query, index, geocoder), paging);
    }

    @GetMapping("/services/{id}")
    Service service(@PathVariable String id) {
        return services.service(feedId(id, "service"));
    }

    @GetMapping("/service_at_locations")
    Page<ServiceAtLocation> servicesAtLocations(
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            ServiceQuery query) {
        var paging = Paging.from(page, perPage);
        return services.servicesAtLocations(ServiceFilter.from(query, index, geocoder), paging);
    }

    @GetMapping("/service_at_locations/{id}")
    ServiceAtLocation serviceAtLocation(@PathVariable String id) {
        return services.serviceAtLocation(feedId(id, "service_at_location"));
    }

    @GetMapping("/organizations")
    Page<Organization> organizations(@RequestParam(name = "page", required = false) @Nullable String page,
                                     @RequestParam(name = "per_page", required = false) @Nullable String perPage,
                                     @RequestParam(name = "search", required = false) @Nullable String search) {
        return organizations.organizations(search, Paging.from(page, perPage));
    }

    @GetMapping("/organizations/{id}")
    Organization organization(@PathVariable String id) {
        return organizations.organization(feedId(id, "organization"));
    }

    @GetMapping("/taxonomies")
    Page<Taxonomy> taxonomies(@RequestParam(name = "page", required = false) @Nullable String page,
                              @RequestParam(name = "per_page", required = false) @Nullable String perPage,
                              @RequestParam(name = "search", required = false) @Nullable String search) {
        return taxonomies.taxonomies(search, Paging.from(page, perPage));
    }

    @GetMapping("/taxonomies/{id}")
    Taxonomy taxonomy(@PathVariable String id) {
        return taxonomies.taxonomy(feedId(id, "taxonomy"));
    }

    @GetMapping("/taxonomy_terms")
    Page<TaxonomyTerm> taxonomyTerms(@RequestParam(name = "page", required = false) @Nullable String page,
                                     @RequestParam(name = "per_page", required = false) @Nullable String perPage,
                                     @RequestParam(name = "search", required = false) @Nullable String search,
                                     @RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId) {
        var paging = Paging.from(page, perPage);
        String taxonomy = null;
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            taxonomy = PublicIds.parse(taxonomyId).map(Object::toString).orElseThrow(() -> new InvalidRequestException(
                    "taxonomy_id", "'" + taxonomyId.strip() + "' is not an id of this feed (a UUID)"));
        }
        return taxonomies.terms(search, taxonomy, paging);
    }

    @GetMapping("/taxonomy_terms/{id}")
    TaxonomyTerm taxonomyTerm(@PathVariable String id) {
        return taxonomies.term(feedId(id, "taxonomy_term"));
    }

    /** An id of this feed in its canonical form; anything that is not a UUID is no id of ours (404). */
    private static String feedId(String id, String kind) {
        return PublicIds.parse(id).map(Object::toString)
                .orElseThrow(() -> new NotFoundException("This feed has no " + kind + " " + id
                        + ": its ids are UUIDs."));
    }

    /** As everywhere, but these are query parameters, not fields of a body. */
    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException ex) {
        return ProblemDetails.invalid("Some parameters are not valid: " + String.join(", ", ex.fieldErrors().keySet()),
                ex.fieldErrors());
    }
}
