package org.hedgerow.directory;

import java.time.Instant;
import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface ActivityRepository extends Neo4jRepository<Activity, String> {

    /** Active listings not updated since {@code before}: candidates for a stale-listing reminder. */
    @Query("""
            MATCH (a:Activity) WHERE a.status = 'ACTIVE' AND a.updatedAt < $before
            RETURN a.id ORDER BY a.updatedAt
            """)
    List<String> findStaleIds(Instant before);

    /** Activities meeting a need, by the need's code. */
    @Query("""
            MATCH (a:Activity {status: 'ACTIVE'})-[:SUPPORTS]->(:Need {code: $need})
            RETURN a.id ORDER BY a.name
            """)
    List<String> findIdsSupporting(String need);
}
