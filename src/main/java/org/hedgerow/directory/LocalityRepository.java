package org.hedgerow.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface LocalityRepository extends Neo4jRepository<Locality, String> {

    Optional<Locality> findByCode(String code);

    /** The codes of a place and every locality within it, at any depth. */
    @Query("""
            MATCH (l:Locality)-[:WITHIN*0..]->(:Locality {code: $code})
            RETURN l.code ORDER BY l.code
            """)
    List<String> findCodesWithin(String code);
}
