package org.hedgerow.graphdb;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations under {@code classpath:neo4j/migrations} (constraints and indexes) when
 * the app starts. Anything that must run on a migrated schema (such as the demo loader) depends on this bean.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Migrations migrations;

    SchemaMigrations(Driver driver) {
        this.migrations = new Migrations(MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION)
                .withResourceScanner(new SpringResourceScanner())
                .build(), driver);
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        var version = migrations.apply();
        log.info("Schema at version {} ({} ms)",
                version.map(v -> v.getValue()).orElse("none"), (System.nanoTime() - started) / 1_000_000);
    }
}
