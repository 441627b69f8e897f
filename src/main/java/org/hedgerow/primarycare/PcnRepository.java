package org.hedgerow.primarycare;

import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface PcnRepository extends Neo4jRepository<Pcn, String> {

    Optional<Pcn> findByOdsCode(String odsCode);

    /** PCNs covering a locality or any place it lies within. */
    @Query("""
            MATCH (:Locality {code: $code})-[:WITHIN*0..]->(:Locality)<-[:COVERS]-(p:Pcn)
            RETURN DISTINCT p.name ORDER BY p.name
            """)
    List<String> findNamesCovering(String code);
}
