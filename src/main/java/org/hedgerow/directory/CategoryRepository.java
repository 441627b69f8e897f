package org.hedgerow.directory;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface CategoryRepository extends Neo4jRepository<Category, String> {

    List<Category> findByGreenTrueOrderByName();
}
