package org.hedgerow.demo;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

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
 * With {@code hedgerow.calibration.enabled}, grows referrals so that the outcomes view of the place (by default
 * Derby and Derbyshire, over the default last twelve months) reproduces the calibration's figures, on a store with
 * no other referrals made from that place in the period. The place's own groups are the services first; when it
 * has fewer than asked, "Community service N" groups (one organiser, one activity each, at the place's venues) are
 * added. Written once: a store that holds the calibration's first and last referral is left alone.
 */
@Component
@Order(3)
@EnableConfigurationProperties(CalibrationProperties.class)
class CalibratedOutcomes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalibratedOutcomes.class);

    /**
     * The place's link workers and, for each of its groups, its first activity (by id; collect leaves out a
     * group with none).
     */
    private static final String PLACE = """
            MATCH (place:Locality {code: $place})
            CALL (place) {
                MATCH (place)<-[:WITHIN*0..]-(:Locality)<-[:COVERS]-(:Pcn)<-[:WORKS_FOR]-(w:LinkWorker)
                WITH DISTINCT w ORDER BY w.id
                RETURN collect(w.id) AS workers, collect(w.name) AS workerNames
            }
            CALL (place) {
                MATCH (place)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g:Group)
                WHERE coalesce(g.status, 'ACTIVE') = 'ACTIVE'
                  AND EXISTS { (g)<-[:ORGANISES]-(:Organiser) }
                WITH g ORDER BY g.id
                RETURN collect(COLLECT { MATCH (g)-[:RUNS]->(a:Activity)-[:HELD_AT]->(:Venue)
                                         WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                                         RETURN a.id ORDER BY a.id LIMIT 1 }[0]) AS activities
            }
            RETURN workers, workerNames, activities
            """;

    /** Services added to reach the count: a group with an organiser and one activity at one of the place's venues. */
    private static final String ADD_SERVICES = """
            MATCH (place:Locality {code: $place})
            CALL (place) {
                MATCH (place)<-[:WITHIN*0..]-(l:Locality)<-[:IN]-(v:Venue)
                RETURN collect(v) AS venues
            }
            CALL () { MATCH (c:Category) RETURN collect(c) AS categories }
            CALL () { MATCH (n:Need) RETURN collect(n) AS needs }
            UNWIND range(0, $count - 1) AS i
            WITH i, venues[i % size(venues)] AS v, categories[i % size(categories)] AS c, needs[i % size(needs)] AS n
            MATCH (v)-[:IN]->(l:Locality)
            MERGE (g:Group {id: 'cal-grp-' + i})
              ON CREATE SET g.name = 'Community service ' + (i + 1), g.status = 'ACTIVE', g.version = 0,
                            g.description = 'Added to calibrate the outcomes view'
            MERGE (g)-[:BASED_IN]->(l)
            MERGE (o:Organiser {id: 'cal-org-' + i}) ON CREATE SET o.name = 'Service organiser ' + (i + 1), o.version = 0
            MERGE (o)-[:ORGANISES {role: 'Lead organiser'}]->(g)
            MERGE (a:Activity {id: 'cal-act-' + i})
              ON CREATE SET a.name = 'Community service ' + (i + 1) + ' session', a.status = 'ACTIVE', a.version = 0,
                            a.days = ['WEDNESDAY'], a.frequency = 'WEEKLY', a.cost = 'FREE', a.updatedAt = datetime()
            MERGE (g)-[:RUNS]->(a)
            MERGE (a)-[:HELD_AT]->(v)
            MERGE (a)-[:IN_CATEGORY]->(c)
            MERGE (a)-[:SUPPORTS]->(n)
            RETURN count(*) AS added
            """;

    private final CalibrationProperties properties;
    private final SyntheticReferralWriter writer;
    private final Neo4jClient neo4j;

    CalibratedOutcomes(CalibrationProperties properties, SyntheticReferralWriter writer, Neo4jClient neo4j,
                       SchemaMigrations migratedSchema) {
        this.properties = properties;
        this.writer = writer;
        this.neo4j = neo4j;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            calibrate(properties);
        }
    }

    /** Grows the calibration's referrals unless they are there already; returns how many people it wrote. */
    int calibrate(CalibrationProperties target) {
        String first = OutcomeCalibration.referralId(0, 0);
        String last = OutcomeCalibration.referralId(target.people() - 1, 0);
        if (writer.written(first, last)) {
            log.info("Calibrated outcomes for {} already in the store", target.place());
            return 0;
        }
        long started = System.nanoTime();
        var place = place(target.place());
        List<String> activities = place.activities();
        if (activities.size() < target.services()) {
            neo4j.query(ADD_SERVICES).bind(target.place()).to("place")
                    .bind(target.services() - activities.size()).to("count").run();
            place = place(target.place());
            activities = place.activities();
        }
        if (place.workers().isEmpty()) {
            throw new IllegalStateException("No link worker works for a PCN covering " + target.place());
        }
        var chains = new OutcomeCalibration(target.seed()).chains(target,
                activities.subList(0, target.services()), place.workers(), place.workerNames());
        var now = ZonedDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < chains.size(); from += 2_000) {
            writer.write(chains.subList(from, Math.min(chains.size(), from + 2_000)), now);
        }
        log.info("Calibrated outcomes for {}: {} people, {} services in {} ms", target.place(), target.people(),
                target.services(), (System.nanoTime() - started) / 1_000_000);
        return target.people();
    }

    /** The place's link workers (ids and their names) and its groups' first activities, as {@link #PLACE} returns them. */
    private record Place(List<String> workers, List<String> workerNames, List<String> activities) {
    }

    private Place place(String code) {
        return Rows.fetch(neo4j.query(PLACE).bind(code).to("place"), Place.class).one()
                .orElseThrow(() -> new IllegalStateException("No locality " + code + " to calibrate"));
    }
}
