package org.hedgerow.search;

import java.util.List;

/**
 * The query parameters of a search, as they arrive: all text, so that each bad one can be named with a
 * message a person can act on ({@link SearchCriteria#from} reads and checks them). Repeating a parameter
 * ({@code category=WALKING&category=NATURE}) or separating values by commas means any of them.
 */
record SearchParameters(String q, List<String> category, List<String> need, String locality, String lat,
                        String lon, String postcode, String radiusKm, List<String> day, String startsAfter,
                        String endsBefore, String free, String hasSpaces, String sort, String page, String size) {
}
