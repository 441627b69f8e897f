package org.hedgerow.demo;

import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.graphdb.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo network, with its demo accounts, when the app starts on a store that holds no network yet,
 * and leaves any other store alone: a restart never duplicates it, and data people have entered is never mixed with it.
 * The whole demo is written in one transaction, so a start that dies half-way leaves the store empty
 * and the next start loads it again.
 */
@Component
@Order(1)
@EnableConfigurationProperties(DemoProperties.class)
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private static final String HOLDS_A_NETWORK = """
            RETURN COUNT { (:Locality) } + COUNT { (:Group) } + COUNT { (:Activity) } + COUNT { (:Organiser) } > 0
            """;

    private final DemoProperties properties;
    private final NetworkWriter writer;
    private final Neo4jClient neo4j;
    private final TransactionTemplate transaction;
    private final AccountProvisioning accounts;

    DemoNetwork(DemoProperties properties, NetworkWriter writer, Neo4jClient neo4j,
                TransactionTemplate transaction, AccountProvisioning accounts, SchemaMigrations migratedSchema) {
        this.properties = properties;
        this.writer = writer;
        this.neo4j = neo4j;
        this.transaction = transaction;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.info("Demo network off (hedgerow.demo.enabled=false)");
            return;
        }
        load();
    }

    /** Loads the demo unless the store already holds a network; says whether it loaded. */
    boolean load() {
        if (holdsANetwork()) {
            log.info("Store already holds a network: demo network not loaded");
            return false;
        }
        long started = System.nanoTime();
        var demo = DemoNetworkFile.read();
        int opened = transaction.execute(status -> {
            writer.write(demo, 1_000, progress -> { });
            return accounts.openDemoAccounts(DemoAccounts.of(demo), DemoAccounts.PASSWORD);
        });
        log.info("Demo network loaded: {} localities, {} groups, {} activities, {} venues, {} demo accounts in {} ms",
                demo.localities().size(), demo.groups().size(), demo.activities().size(), demo.venues().size(),
                opened, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private boolean holdsANetwork() {
        return neo4j.query(HOLDS_A_NETWORK).fetchAs(Boolean.class).one().orElse(false);
    }
}
