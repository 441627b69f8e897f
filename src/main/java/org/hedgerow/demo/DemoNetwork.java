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
    private final DemoHistory history;
    private final CalibrationProperties calibration;

    DemoNetwork(DemoProperties properties, NetworkWriter writer, Neo4jClient neo4j, TransactionTemplate transaction,
                AccountProvisioning accounts, DemoHistory history, CalibrationProperties calibration,
                SchemaMigrations migratedSchema) {
        this.properties = properties;
        this.writer = writer;
        this.neo4j = neo4j;
        this.transaction = transaction;
        this.accounts = accounts;
        this.history = history;
        this.calibration = calibration;
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
        boolean withHistory = properties.history() && !calibration.enabled();
        log.info("Loading the demo network{} in one transaction (about 20 s on a first start on 2 cores)",
                withHistory ? " and its year of history" : "");
        var loaded = transaction.execute(status -> {
            writer.write(demo, 1_000, progress -> { });
            int opened = accounts.openDemoAccounts(DemoAccounts.of(demo), DemoAccounts.PASSWORD);
            long historyStarted = System.nanoTime();
            var year = withHistory ? history.write(demo) : null;
            return new Loaded(opened, year, (System.nanoTime() - historyStarted) / 1_000_000);
        });
        log.info("Demo network loaded: {} localities, {} groups, {} activities, {} venues, {} demo accounts in {} ms",
                demo.localities().size(), demo.groups().size(), demo.activities().size(), demo.venues().size(),
                loaded.accounts(), (System.nanoTime() - started) / 1_000_000);
        if (loaded.year() != null) {
            var year = loaded.year();
            log.info("Demo history: {} people, {} referrals, {} status changes, {} introductions, {} posts, {} replies "
                    + "over the last year, in {} ms of that", year.people(), year.referrals(), year.moves(),
                    year.introductions(), year.posts(), year.replies(), loaded.historyMillis());
        } else {
            log.info("Demo history left out ({})", calibration.enabled()
                    ? "the calibration tells the pilot's year instead" : "hedgerow.demo.history=false");
        }
        return true;
    }

    private record Loaded(int accounts, DemoHistory.Written year, long historyMillis) {
    }

    private boolean holdsANetwork() {
        return neo4j.query(HOLDS_A_NETWORK).fetchAs(Boolean.class).one().orElse(false);
    }
}
