package org.hedgerow.primarycare;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface LinkWorkerRepository extends Neo4jRepository<LinkWorker, String> {

    List<LinkWorker> findByPcnIdOrderByName(String pcnId);
}
