package org.hedgerow.graphdb;

import java.net.URI;

import org.neo4j.driver.AuthTokenManager;
import org.neo4j.driver.AuthTokenManagers;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Starts the in-process DBMS and points Boot's driver auto-configuration at it. Boot closes the driver
 * before this DBMS because the connection details depend on it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    /** Lazy: made by the first to need the started DBMS ({@link SchemaMigrations}), not while the context is set up. */
    @Bean(destroyMethod = "close")
    @Lazy
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

    /**
     * The driver's way to the DBMS. When the DBMS is being started early, its port is already settled, so this (and
     * the driver) is made without waiting for the start, and the password is asked for only when the driver first
     * connects; {@link SchemaMigrations} takes the started DBMS before the first statement. Either way the DBMS is
     * closed after the driver.
     */
    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jProperties properties,
            ObjectProvider<EmbeddedNeo4jEarlyStart.Starting> earlyStart, ObjectProvider<EmbeddedNeo4j> embeddedNeo4j,
            ConfigurableListableBeanFactory beans) {
        beans.registerDependentBean("embeddedNeo4j", "embeddedNeo4jConnectionDetails");
        var starting = earlyStart.getIfAvailable();
        if (starting != null && starting.startedWith(properties)) {
            return new Details(starting.boltUri(),
                    AuthTokenManagers.basic(() -> AuthTokens.basic(EmbeddedNeo4j.USERNAME, starting.password())));
        }
        var started = embeddedNeo4j.getObject();
        var token = AuthTokens.basic(started.username(), started.password());
        return new Details(started.boltUri(), AuthTokenManagers.basic(() -> token));
    }

    private record Details(URI uri, AuthTokenManager authTokenManager) implements Neo4jConnectionDetails {

        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public AuthTokenManager getAuthTokenManager() {
            return authTokenManager;
        }
    }
}
