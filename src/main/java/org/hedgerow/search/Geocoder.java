package org.hedgerow.search;

import java.util.Optional;

/**
 * Says where a postcode is, so that people can search near one. The default works offline from the
 * centres of postcode districts; declare another {@code Geocoder} bean (a postcode service, a licensed
 * postcode file) and it replaces the default.
 */
public interface Geocoder {

    /**
     * Where a postcode or postcode district is; empty when this geocoder does not know it.
     * A geocoder that only knows districts answers a full postcode with its district's centre.
     */
    Optional<Location> locate(Postcode postcode);

    /**
     * A place on the map (WGS 84).
     *
     * @param name what the place is called, for people to check it is the one they meant ("Belper")
     */
    record Location(double latitude, double longitude, String name) {
    }
}
