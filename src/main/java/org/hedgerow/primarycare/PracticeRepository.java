package org.hedgerow.primarycare;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface PracticeRepository extends Neo4jRepository<Practice, String> {

    List<Practice> findByPcnOdsCode(String odsCode);
}
