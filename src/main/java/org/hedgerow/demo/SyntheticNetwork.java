package org.hedgerow.demo;

import org.hedgerow.core.Rows;
import org.hedgerow.graphdb.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Grows the synthetic network when {@code hedgerow.synthetic.activities} asks for one that the store does
 * not hold yet. Each batch commits on its own and every row is MERGEd on its id, so an interrupted run is
 * completed by the next start, and a finished one is not written again.
 */
@Component
@Order(2)
@EnableConfigurationProperties(SyntheticProperties.class)
class SyntheticNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticNetwork.class);

    /** Link workers are written last: when they are all there, so is everything before them. */
    private static final String SYNTHETIC_COUNTS = """
            RETURN COUNT { (a:Activity) WHERE a.id STARTS WITH $activities } AS activities,
                   COUNT { (w:LinkWorker) WHERE w.id STARTS WITH $linkWorkers } AS linkWorkers
            """;

    /** How many synthetic activities and link workers the store holds. */
    private record Present(long activities, long linkWorkers) {
    }

    private final SyntheticProperties properties;
    private final NetworkWriter writer;
    private final SyntheticReferralWriter referralWriter;
    private final Neo4jClient neo4j;

    SyntheticNetwork(SyntheticProperties properties, NetworkWriter writer, SyntheticReferralWriter referralWriter,
                     Neo4jClient neo4j, SchemaMigrations migratedSchema) {
        this.properties = properties;
        this.writer = writer;
        this.referralWriter = referralWriter;
        this.neo4j = neo4j;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.activities() > 0) {
            grow(properties.activities(), properties.seed());
            if (properties.referrals() > 0) {
                growReferrals(properties.activities(), properties.referrals(), properties.seed(), properties.batchSize());
            }
        }
        else if (properties.referrals() > 0) {
            log.warn("hedgerow.synthetic.referrals needs hedgerow.synthetic.activities: no referrals grown");
        }
    }

    /**
     * Makes sure the store holds the synthetic referrals of this count and seed on the network of this size;
     * batches already written (each commits whole) are skipped, so an interrupted run is completed by the next.
     * Returns how many referrals it wrote.
     */
    long growReferrals(int activities, long referrals, long seed, int batchSize) {
        long started = System.nanoTime();
        var now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
        var generator = new SyntheticReferralGenerator(seed, activities);
        long[] wrote = {0};
        long[] lastLog = {0};
        log.info("Growing {} synthetic referrals (seed {})…", referrals, seed);
        generator.generate(referrals, batchSize, batch -> {
            if (!referralWriter.written(batch.firstId(), batch.lastId())) {
                referralWriter.write(batch.chains(), now);
                wrote[0] += batch.referrals();
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            if (batch.written() == referrals || seconds - lastLog[0] >= 10) {
                lastLog[0] = seconds;
                log.info("synthetic referrals: {}/{} ({} written this run, {} s)", batch.written(), referrals,
                        wrote[0], seconds);
            }
        });
        log.info("Synthetic referrals ready: {} written, {} already there, in {} s", wrote[0], referrals - wrote[0],
                (System.nanoTime() - started) / 1_000_000_000);
        return wrote[0];
    }

    /** Makes sure the store holds the synthetic network of this size and seed; says whether it wrote. */
    boolean grow(int activities, long seed) {
        var present = Rows.fetch(neo4j.query(SYNTHETIC_COUNTS)
                .bind(SyntheticNetworkGenerator.ACTIVITY_PREFIX).to("activities")
                .bind(SyntheticNetworkGenerator.LINK_WORKER_PREFIX).to("linkWorkers"), Present.class)
                .one().orElseThrow();
        if (present.activities() >= activities
                && present.linkWorkers() >= SyntheticNetworkGenerator.linkWorkersFor(activities)) {
            log.info("Synthetic network of {} activities already in the store", present.activities());
            return false;
        }
        long started = System.nanoTime();
        log.info("Growing a synthetic network of {} activities (seed {})…", activities, seed);
        var network = new SyntheticNetworkGenerator(seed).generate(activities);
        writer.write(network, properties.batchSize(), progress -> {
            if (progress.written() == progress.total() || progress.total() >= 4 * properties.batchSize()) {
                log.info("synthetic network: {} {}/{} ({} s)", progress.kind(), progress.written(), progress.total(),
                        (System.nanoTime() - started) / 1_000_000_000);
            }
        });
        log.info("Synthetic network ready: {} localities, {} venues, {} groups, {} activities, {} PCNs, "
                        + "{} link workers in {} s",
                network.localities().size(), network.venues().size(), network.groups().size(),
                network.activities().size(), network.pcns().size(), network.linkWorkers().size(),
                (System.nanoTime() - started) / 1_000_000_000);
        return true;
    }
}
