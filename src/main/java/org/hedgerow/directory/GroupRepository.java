package org.hedgerow.directory;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface GroupRepository extends Neo4jRepository<Group, String> {

    List<Group> findByLocalityCodeAndStatus(String code, ListingStatus status);
}
