package org.hedgerow.graphdb;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on the official Neo4j image: schema migrations and the demo network work on a real server.
 * Skipped, not failed, where no Docker engine runs (the other integration tests then use the embedded DBMS).
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersNeo4jTests {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer(TestNeo4j.IMAGE).withoutAuthentication();

    @Test
    void migratesAndLoadsTheDemoOnTheOfficialImage() {
        try (var app = new SpringApplicationBuilder(HedgerowApplication.class)
                .run("--spring.neo4j.uri=" + neo4j.getBoltUrl(), "--server.port=0")) {
            var client = app.getBean(Neo4jClient.class);
            long activities = client.query("MATCH (a:Activity) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
            long constraints = client.query("SHOW CONSTRAINTS YIELD name RETURN count(name)").fetchAs(Long.class).one()
                    .orElseThrow();
            assertThat(activities).isGreaterThanOrEqualTo(40);
            assertThat(constraints).isGreaterThanOrEqualTo(13);
        }
    }
}
