package org.hedgerow.search;

import org.springdoc.core.annotations.ParameterObject;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.ProblemDetails;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/activities")
class ActivitySearchController {

    private final ActivitySearch search;
    private final Geocoder geocoder;
    private final KnownCodes codes;

    ActivitySearchController(ActivitySearch search, Geocoder geocoder, KnownCodes codes) {
        this.search = search;
        this.geocoder = geocoder;
        this.codes = codes;
    }

    /**
     * Public: anyone may search the directory.
     * {@code ?q=&category=&need=&locality=&lat=&lon=&postcode=&radiusKm=&day=&startsAfter=&endsBefore=&free=&hasSpaces=&age=&wayIn=&sort=&page=&size=}
     */
    @GetMapping("/search")
    ActivitySearchPage search(@ParameterObject SearchParameters parameters) {
        return search.find(SearchCriteria.from(parameters, geocoder, codes));
    }

    /** As everywhere, but these are query parameters, not fields of a body. */
    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException ex) {
        return ProblemDetails.invalid("Some parameters are not valid: " + String.join(", ", ex.fieldErrors().keySet()),
                ex.fieldErrors());
    }
}
