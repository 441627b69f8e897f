package org.hedgerow.directory;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface VenueRepository extends Neo4jRepository<Venue, String> {

    List<Venue> findByPostcode(String postcode);

    /** Ids of venues within {@code metres} of a point, nearest first (uses the venue_location point index). */
    @Query("""
            WITH point({latitude: $latitude, longitude: $longitude}) AS here
            MATCH (v:Venue) WHERE point.distance(v.location, here) <= $metres
            RETURN v.id ORDER BY point.distance(v.location, here)
            """)
    List<String> findIdsNear(double latitude, double longitude, double metres);
}
