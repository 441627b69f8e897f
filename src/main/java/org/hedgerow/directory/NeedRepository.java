package org.hedgerow.directory;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface NeedRepository extends Neo4jRepository<Need, String> {
}
