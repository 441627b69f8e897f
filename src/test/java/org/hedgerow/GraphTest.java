package org.hedgerow;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of every test that needs the graph: points the app at the shared {@link TestNeo4j} (which also
 * keeps the app from starting its own embedded DBMS) and leaves the demo network off, so that each test
 * builds the graph it reasons about. The nightly retention job is off: a test that needs it runs it itself.
 */
@TestPropertySource(properties = {"hedgerow.demo.enabled=false", "hedgerow.retention.cron=-"})
public abstract class GraphTest {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> TestNeo4j.boltUri().toString());
        registry.add("spring.neo4j.authentication.username", TestNeo4j::username);
        registry.add("spring.neo4j.authentication.password", TestNeo4j::password);
    }
}
