package org.hedgerow.graphdb;

import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the in-process DBMS and points Boot's driver auto-configuration at it. Boot closes the driver
 * before this DBMS because the connection details depend on it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
                                ObjectProvider<EmbeddedNeo4jEarlyStart.Starting> earlyStart) {
        var starting = earlyStart.getIfAvailable();
        var started = starting == null ? null : starting.take(properties);
        if (started != null) {
            return started;
        }
        if (starting != null) {
            starting.closeIfNotTaken(); // started with other settings: free the store before starting anew
        }
        return EmbeddedNeo4j.start(properties);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
        var uri = embeddedNeo4j.boltUri();
        return new Neo4jConnectionDetails() {
            @Override
            public java.net.URI getUri() {
                return uri;
            }

            @Override
            public org.neo4j.driver.AuthToken getAuthToken() {
                return AuthTokens.basic(embeddedNeo4j.username(), embeddedNeo4j.password());
            }
        };
    }
}
