package org.hedgerow.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** 2,000 synthetic referrals on a 1,000-activity synthetic network, written in batches of about 300. */
@SpringBootTest
class SyntheticReferralsTests extends GraphTest {

    static final int ACTIVITIES = 1_000;
    static final int REFERRALS = 2_000;
    static final int BATCH = 300;
    static final long SEED = 3;

    @Autowired SyntheticNetwork synthetic;
    @Autowired Neo4jClient neo4j;

    @BeforeEach
    void network() {
        TestGraph.clear(neo4j);
        synthetic.grow(ACTIVITIES, SEED);
        assertThat(synthetic.growReferrals(ACTIVITIES, REFERRALS, SEED, BATCH)).isEqualTo(REFERRALS);
    }

    @Test
    void everyReferralIsOfSomeoneMadeBySomeoneToAnActivityForANeed() {
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(REFERRALS);
        assertThat(count("""
                MATCH (r:Referral)
                WHERE COUNT { (r)-[:OF]->(:Participant) } <> 1 OR COUNT { (r)-[:MADE_BY]->() } <> 1
                   OR COUNT { (r)-[:TO]->(:Activity) } <> 1 OR NOT (r)-[:FOR_NEED]->(:Need)
                RETURN count(r)""")).isZero();
        assertThat(count("MATCH (p:Participant) WHERE p.reference IS NULL OR NOT p.consent RETURN count(p)")).isZero();
    }

    @Test
    void everyBatchIsCountedIntoTheGapMapsTalliesOnce() {
        // Per maker, axis and code, the tallies' referrals and declined as full equal the referrals' own count.
        assertThat(count("""
                MATCH (maker)<-[:MADE_BY]-(r:Referral)
                CALL (r) {
                    MATCH (r)-[:FOR_NEED]->(n:Need) RETURN 'NEED' AS axis, n.code AS code
                    UNION ALL
                    MATCH (r)-[:TO]->(:Activity)-[:IN_CATEGORY]->(c:Category) RETURN 'CATEGORY' AS axis, c.code AS code
                }
                WITH maker, axis, code, count(r) AS referrals,
                     count(CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 END) AS declinedFull
                OPTIONAL CALL (maker, axis, code) {
                    MATCH (maker)-[:NEED_TALLY|CATEGORY_TALLY]->(t:ReferralTally {axis: axis, code: code})
                    RETURN sum(t.referrals) AS kept, sum(t.declinedFull) AS keptFull
                }
                WITH referrals, declinedFull, kept, keptFull WHERE kept <> referrals OR keptFull <> declinedFull
                RETURN count(*)""")).isZero();
        assertThat(count("MATCH (t:ReferralTally) RETURN sum(t.referrals)"))
                .isEqualTo(count("""
                        MATCH (r:Referral)-[:MADE_BY]->()
                        RETURN sum(COUNT { (r)-[:FOR_NEED]->() } + COUNT { (r)-[:TO]->()-[:IN_CATEGORY]->() })"""));
        // Writing the same batches again (a run cut short and resumed) counts nothing twice.
        synthetic.growReferrals(ACTIVITIES, REFERRALS, SEED, BATCH);
        assertThat(count("MATCH (t:ReferralTally) RETURN sum(t.referrals)"))
                .isEqualTo(count("""
                        MATCH (r:Referral)-[:MADE_BY]->()
                        RETURN sum(COUNT { (r)-[:FOR_NEED]->() } + COUNT { (r)-[:TO]->()-[:IN_CATEGORY]->() })"""));
    }

    @Test
    void chainsAreMostlyOneReferralAndAFewReachFiveOrSix() {
        var lengths = neo4j.query("""
                MATCH path = (last:Referral)-[:ONWARD_FROM*0..]->(origin:Referral)
                WHERE NOT (:Referral)-[:ONWARD_FROM]->(last) AND NOT (origin)-[:ONWARD_FROM]->(:Referral)
                RETURN length(path) + 1 AS referrals, count(*) AS chains ORDER BY referrals""")
                .fetch().all().stream()
                .collect(java.util.stream.Collectors.toMap(row -> ((Number) row.get("referrals")).intValue(),
                        row -> ((Number) row.get("chains")).longValue()));
        long chains = lengths.values().stream().mapToLong(Long::longValue).sum();

        assertThat(lengths.keySet()).contains(1, 2, 3, 4, 5).allMatch(length -> length <= 6);
        assertThat(lengths.get(1)).as("chains of one referral").isGreaterThan(chains * 6 / 10);
        assertThat(lengths.get(4)).isGreaterThan(lengths.get(5));
    }

    @Test
    void aChainStartsWithALinkWorkerAndGoesOnThroughTheReceivingGroupsOrganisersForTheSamePerson() {
        assertThat(count("""
                MATCH (r:Referral) WHERE NOT (r)-[:ONWARD_FROM]->() AND NOT (r)-[:MADE_BY]->(:LinkWorker)
                RETURN count(r)""")).isZero();
        assertThat(count("""
                MATCH (r:Referral)-[:ONWARD_FROM]->(before:Referral)
                WHERE NOT EXISTS { (r)-[:MADE_BY]->(:Organiser)-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity)<-[:TO]-(before) }
                   OR NOT EXISTS { (r)-[:OF]->(:Participant)<-[:OF]-(before) }
                   OR r.createdAt < before.createdAt
                RETURN count(r)""")).isZero();
        assertThat(count("""
                MATCH (:Referral)-[:ONWARD_FROM]->(before:Referral)
                WHERE before.status IN ['SENT', 'DECLINED', 'WITHDRAWN'] RETURN count(before)""")).isZero();
        assertThat(count("MATCH (r:Referral {status: 'DECLINED'}) WHERE r.declineReason IS NULL RETURN count(r)")).isZero();
        assertThat(count("MATCH (r:Referral {status: 'COMPLETED'}) WHERE r.gpAppointmentsBefore IS NULL RETURN count(r)"))
                .isZero();
        var statuses = neo4j.query("MATCH (r:Referral) RETURN DISTINCT r.status").fetchAs(String.class).all();
        assertThat(statuses).containsExactlyInAnyOrder("SENT", "ACCEPTED", "ATTENDING", "COMPLETED", "DECLINED",
                "WITHDRAWN");
    }

    @Test
    void mostPeopleAreReferredNearTheirLinkWorkersPcn() {
        long near = count("""
                MATCH (r:Referral)-[:MADE_BY]->(:LinkWorker)-[:WORKS_FOR]->(:Pcn)-[:COVERS]->(l:Locality)
                WHERE EXISTS { (r)-[:TO]->(:Activity)<-[:RUNS]-(:Group)-[:BASED_IN]->(l) }
                RETURN count(DISTINCT r)""");
        long origins = count("MATCH (r:Referral)-[:MADE_BY]->(:LinkWorker) RETURN count(r)");
        assertThat(near).isGreaterThan(origins * 6 / 10);
    }

    @Test
    void isTheSameForTheSameSeedAndARunStoppedPartWayIsCompletedByTheNext() {
        var once = batches(SEED);
        assertThat(batches(SEED)).isEqualTo(once);
        assertThat(batches(SEED + 1)).isNotEqualTo(once);
        var lost = new ArrayList<String>();
        for (var chain : once.get(2).chains()) {
            for (var step : (List<Map<String, Object>>) chain.get("steps")) {
                lost.add((String) step.get("id"));
            }
        }
        neo4j.query("MATCH (r:Referral) WHERE r.id IN $ids DETACH DELETE r").bind(lost).to("ids").run();

        assertThat(synthetic.growReferrals(ACTIVITIES, REFERRALS, SEED, BATCH)).isEqualTo(lost.size());
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(REFERRALS);
        assertThat(count("MATCH (r:Referral) WHERE NOT (r)-[:MADE_BY]->() RETURN count(r)")).isZero();
        assertThat(synthetic.growReferrals(ACTIVITIES, REFERRALS, SEED, BATCH)).as("nothing left to write").isZero();
    }

    private static List<SyntheticReferralGenerator.Batch> batches(long seed) {
        var batches = new ArrayList<SyntheticReferralGenerator.Batch>();
        new SyntheticReferralGenerator(seed, ACTIVITIES).generate(REFERRALS, BATCH, batches::add);
        return batches;
    }

    private long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }
}
