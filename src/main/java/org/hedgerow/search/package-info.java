/**
 * Finding activities: one search over the public directory by words, place (near a point or a postcode,
 * or within a locality), category, need, day, time, cost and spaces, answered by one Cypher statement.
 * Postcodes are placed by a {@link org.hedgerow.search.Geocoder}; the default one works offline from
 * postcode-district centres, and any other {@code Geocoder} bean replaces it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity search")
@org.jspecify.annotations.NullMarked
package org.hedgerow.search;
