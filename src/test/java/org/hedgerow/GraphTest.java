package org.hedgerow;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of every test that needs the graph: points the app at the shared {@link TestNeo4j} (which also
 * keeps the app from starting its own embedded DBMS) and leaves the demo network off, so that each test
 * builds the graph it reasons about. The nightly retention job and the 07:00 daily round are off (a test running
 * across 07:00 London would have had reminders and digests written under it): a test that needs them runs them.
 * Each context keeps its own ledger of erasures (src/test/resources/config/application.properties).
 */
@TestPropertySource(properties = {"hedgerow.demo.enabled=false", "hedgerow.retention.cron=-",
        "hedgerow.notifications.round-cron=-"})
public abstract class GraphTest {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> TestNeo4j.boltUri().toString());
        registry.add("spring.neo4j.authentication.username", TestNeo4j::username);
        registry.add("spring.neo4j.authentication.password", TestNeo4j::password);
    }
}
