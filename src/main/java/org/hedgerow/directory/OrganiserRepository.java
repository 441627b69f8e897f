package org.hedgerow.directory;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface OrganiserRepository extends Neo4jRepository<Organiser, String> {

    /** Names of the organisers an organiser knows, in either direction of the KNOWS edge. */
    @Query("""
            MATCH (:Organiser {id: $id})-[:KNOWS]-(other:Organiser)
            RETURN DISTINCT other.name ORDER BY other.name
            """)
    List<String> findNamesKnownBy(String id);
}
