package org.hedgerow.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of a search, as they arrive: all text, so that each bad one can be named with a
 * message a person can act on ({@link SearchCriteria#from} reads and checks them). Repeating a parameter
 * ({@code category=WALKING&category=NATURE}) or separating values by commas means any of them. The annotations
 * document what {@link SearchCriteria} accepts, so that the contract shows the real types and limits.
 */
record SearchParameters(
        @Parameter(description = "Words to look for in names and descriptions",
                schema = @Schema(maxLength = SearchCriteria.LONGEST_Q)) String q,
        @Parameter(description = "Category codes (GET /api/categories), any of them; repeat or separate by commas",
                array = @ArraySchema(maxItems = SearchCriteria.MOST_CODES, schema = @Schema(pattern = "^[A-Za-z0-9_,-]+$")))
        List<String> category,
        @Parameter(description = "Need codes (GET /api/needs), any of them; repeat or separate by commas",
                array = @ArraySchema(maxItems = SearchCriteria.MOST_CODES, schema = @Schema(pattern = "^[A-Za-z0-9_,-]+$")))
        List<String> need,
        @Parameter(description = "A locality code: activities there or anywhere within it",
                schema = @Schema(pattern = "^[A-Za-z0-9_-]+$")) String locality,
        @Parameter(description = "Latitude to measure from, with lon: decimal degrees from -90 to 90, as any client "
                + "prints a number", schema = @Schema(pattern = DEGREES, example = "53.024")) String lat,
        @Parameter(description = "Longitude to measure from, with lat: decimal degrees from -180 to 180, as any client "
                + "prints a number", schema = @Schema(pattern = DEGREES, example = "-1.483")) String lon,
        @Parameter(description = "A UK postcode or postcode district to measure from, instead of lat and lon",
                example = "DE56 1AB") String postcode,
        @Parameter(description = "How far from lat/lon or the postcode, in kilometres: more than 0, at most 50",
                schema = @Schema(pattern = "^\\s*\\d{1,3}(\\.\\d{1,6})?\\s*$", defaultValue = "5", example = "2.5"))
        String radiusKm,
        @Parameter(description = "Meets on any of these days (any case; repeat or separate by commas)",
                array = @ArraySchema(schema = @Schema(allowableValues = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                        "FRIDAY", "SATURDAY", "SUNDAY"}))) List<String> day,
        @Parameter(description = "Starts at or after this time of day", schema = @Schema(pattern = "^\\d{1,2}:\\d{2}$",
                example = "09:30")) String startsAfter,
        @Parameter(description = "Ends at or before this time of day", schema = @Schema(pattern = "^\\d{1,2}:\\d{2}$",
                example = "12:00")) String endsBefore,
        @Parameter(description = "Only free activities", schema = @Schema(type = "boolean")) String free,
        @Parameter(description = "Only activities with spaces left", schema = @Schema(type = "boolean")) String hasSpaces,
        @Parameter(description = "A person's age in years (0–120): only activities whose age range, if they have one, "
                + "contains it", schema = @Schema(type = "integer", minimum = "0", maximum = "" + SearchCriteria.OLDEST))
        String age,
        @Parameter(description = "How people join, any of these (any case; repeat or separate by commas)",
                array = @ArraySchema(schema = @Schema(allowableValues = {"DROP_IN", "BOOK_AHEAD", "REFERRAL_NEEDED",
                        "SIGNPOSTING_ONLY"}))) List<String> wayIn,
        @Parameter(description = "Order (any case); by default relevance with q, else distance with a place, else name",
                schema = @Schema(allowableValues = {"relevance", "distance", "name"})) String sort,
        @Parameter(description = "0-based page number (at most the first 10,000 results)",
                schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) String page,
        @Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1",
                maximum = "" + SearchCriteria.LARGEST_PAGE, defaultValue = "20")) String size) {

    /** Decimal degrees as SearchCriteria reads them ("-0.2538", "+53.024", "5.3024E1"), spaces around allowed. */
    static final String DEGREES = "^\\s*[+-]?(\\d{1,3}(\\.\\d{0,20})?|\\.\\d{1,20})([eE][+-]?\\d{1,2})?\\s*$";
}
