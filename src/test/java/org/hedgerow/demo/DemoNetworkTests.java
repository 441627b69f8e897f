package org.hedgerow.demo;

import java.time.LocalDate;
import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.connections.IntroductionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoNetworkTests extends GraphTest {

    @Autowired DemoNetwork demo;
    @Autowired NetworkWriter writer;
    @Autowired Neo4jClient neo4j;
    @Autowired TransactionTemplate transaction;
    @Autowired AccountProvisioning accounts;
    @Autowired DemoHistory history;

    @BeforeEach
    void emptyStore() {
        TestGraph.clear(neo4j);
    }

    @Test
    void loadsIntoAnEmptyStoreAndNeverTwice() {
        assertThat(demo.load()).isTrue();
        long nodes = TestGraph.countNetworkNodes(neo4j);
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");

        assertThat(demo.load()).isFalse();
        assertThat(TestGraph.countNetworkNodes(neo4j)).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void writingTheSameRowsTwiceChangesNothing() {
        NetworkRows file = DemoNetworkFile.read();
        writer.write(file, 7, progress -> { });
        long nodes = TestGraph.countNetworkNodes(neo4j);
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");

        writer.write(file, 7, progress -> { });
        assertThat(TestGraph.countNetworkNodes(neo4j)).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void leavesAStoreThatHoldsPeoplesOwnNetworkAlone() {
        neo4j.query("CREATE (:Group {id: 'g1', name: 'Our own group'})").run();

        assertThat(demo.load()).isFalse();
        assertThat(TestGraph.countNetworkNodes(neo4j)).isEqualTo(1);
    }

    @Test
    void isNotLoadedWhenSwitchedOff() throws Exception {
        new DemoNetwork(new DemoProperties(false, true), null, neo4j, null, null, null, null, null).run(new DefaultApplicationArguments());

        assertThat(TestGraph.countNetworkNodes(neo4j)).isZero();
    }

    @Test
    void comesWithAYearOfHistoryUnlessLeftOut() {
        var calibrationOff = new CalibrationProperties(false, "DDICS", 300, 12, 0.76, -9, 2023);
        assertThat(new DemoNetwork(new DemoProperties(true, false), writer, neo4j, transaction, accounts, history,
                calibrationOff, null).load()).isTrue();
        assertThat(count("MATCH (a:Account {demo: true}) RETURN count(a)")).isPositive();
        assertThat(count("MATCH (n) WHERE n:Referral OR n:Introduction OR n:Post RETURN count(n)")).isZero();

        TestGraph.clear(neo4j);
        demo.load();
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isPositive();
    }

    @Test
    void theCalibrationTellsThePilotsYearInsteadOfTheDemosOwn() {
        var calibrationOn = new CalibrationProperties(true, "DDICS", 300, 12, 0.76, -9, 2023);
        new DemoNetwork(new DemoProperties(true, true), writer, neo4j, transaction, accounts, history, calibrationOn,
                null).load();

        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isPositive();
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).as("left for the calibration to write").isZero();
    }

    @Test
    void everyRowOfTheFileBecomesANodeWithItsLinks() {
        NetworkRows file = DemoNetworkFile.read();
        demo.load();

        assertThat(count("MATCH (n:Locality) RETURN count(n)")).isEqualTo(file.localities().size());
        assertThat(count("MATCH (n:Venue)-[:IN]->(:Locality) RETURN count(n)")).isEqualTo(file.venues().size());
        assertThat(count("MATCH (n:Group)-[:BASED_IN]->(:Locality) RETURN count(n)")).isEqualTo(file.groups().size());
        assertThat(count("MATCH (n:Organiser) RETURN count(n)")).isEqualTo(file.organisers().size());
        assertThat(count("MATCH (:Group)-[:RUNS]->(a:Activity)-[:HELD_AT]->(:Venue) RETURN count(a)"))
                .isEqualTo(file.activities().size());
        long introduced = DemoConversations.INTRODUCTIONS.stream()
                .filter(introduction -> introduction.answer() == IntroductionStatus.ACCEPTED).count();
        assertThat(count("MATCH ()-[r:KNOWS]->() RETURN count(r)")).as("the file's, and the year's introductions")
                .isEqualTo(file.knows().size() + introduced);
        assertThat(count("MATCH ()-[r:PARTNERS_WITH]->() RETURN count(r)")).isEqualTo(file.partnerships().size());
        assertThat(count("MATCH (:Practice)-[r:MEMBER_OF]->(:Pcn) RETURN count(r)")).isEqualTo(file.practices().size());
        assertThat(count("MATCH (:LinkWorker)-[r:WORKS_FOR]->(:Pcn) RETURN count(r)"))
                .isEqualTo(file.linkWorkers().size());
        assertThat(count("MATCH (l:Locality) WHERE l.kind <> 'ICS' AND NOT (l)-[:WITHIN]->() RETURN count(l)")).isZero();
        assertThat(count("""
                MATCH (a:Activity) WHERE NOT (a)-[:IN_CATEGORY]->() OR NOT (a)-[:SUPPORTS]->()
                RETURN count(a)""")).isZero();
        assertThat(count("MATCH (g:Group) WHERE NOT ()-[:ORGANISES]->(g) RETURN count(g)")).isZero();
        int categoryLinks = file.activities().stream().mapToInt(activity -> activity.categories().size()).sum();
        assertThat(count("MATCH ()-[r:IN_CATEGORY]->() RETURN count(r)")).isEqualTo(categoryLinks);
    }

    @Test
    void tellsTheDerbyAndDerbyshireStory() {
        demo.load();

        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isGreaterThanOrEqualTo(40);
        assertThat(count("MATCH (v:Venue) RETURN count(v)")).isGreaterThanOrEqualTo(25);
        assertThat(names("MATCH (l:Locality {kind: 'LOCALITY'}) RETURN l.name AS name"))
                .contains("Derby", "Belper", "Duffield", "Long Eaton", "Glossop", "Ashbourne", "Ripley", "Matlock");
        assertThat(names("""
                MATCH (gene:Organiser)-[:KNOWS]-(scott:Organiser)-[:ORGANISES]->(choir:Group)
                WHERE gene.name STARTS WITH 'Gene' AND scott.name STARTS WITH 'Scott'
                RETURN choir.description AS name"""))
                .anySatisfy(description -> assertThat(description).containsIgnoringCase("canal"));
        assertThat(count("MATCH (:Activity)-[:IN_CATEGORY]->(c:Category {green: true}) RETURN count(DISTINCT c)"))
                .isGreaterThanOrEqualTo(4);
        assertThat(names("""
                MATCH (w:LinkWorker)-[:WORKS_FOR]->(p:Pcn) RETURN DISTINCT p.name AS name"""))
                .contains("Greater Derby PCN", "Belper PCN", "Glossop PCN");
        assertThat(count("MATCH (a:Activity) WHERE a.updatedAt < datetime() - duration({months: 6}) RETURN count(a)"))
                .as("some listings are stale, for the reminders to show").isPositive();
    }

    private long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }

    private List<String> names(String cypher) {
        return neo4j.query(cypher).fetchAs(String.class).mappedBy((types, record) -> record.get("name").asString())
                .all().stream().toList();
    }

    // What a network brings that no API shows whole (re-pinned from the deleted repository tests, whose
    // entities had no production caller): the loader must keep it.

    @Test
    void anOrganiserKeepsTheirRoleAndSinceWhenInEachGroup() {
        writer.write(new NetworkRows(
                List.of(new NetworkRows.Locality("loc-belper", "Belper", "BELPER", "LOCALITY", 53.02, -1.48, null)),
                null, null, null,
                List.of(new NetworkRows.Organiser("org-scott", "Scott", "Sings bass")),
                List.of(new NetworkRows.Group("grp-towpath", "Towpath Voices", "A men's choir under the canal bridge",
                                null, "loc-belper", List.of(new NetworkRows.Organising("org-scott", "Choir leader", "2020-05-01"))),
                        new NetworkRows.Group("grp-walkers", "Belper Walkers", null, null, "loc-belper",
                                List.of(new NetworkRows.Organising("org-scott", "Walk leader", "2023-09-12")))),
                null, null, null, null, null, null), 10, progress -> { });

        record Organising(String group, String role, LocalDate since) {
        }
        var organising = neo4j.query("""
                        MATCH (:Organiser {id: 'org-scott'})-[r:ORGANISES]->(g:Group)
                        RETURN g.name AS group, r.role AS role, r.since AS since ORDER BY g.name""")
                .fetchAs(Organising.class)
                .mappedBy((types, row) -> new Organising(row.get("group").asString(), row.get("role").asString(),
                        row.get("since").asLocalDate()))
                .all();

        assertThat(organising).containsExactly(
                new Organising("Belper Walkers", "Walk leader", LocalDate.of(2023, 9, 12)),
                new Organising("Towpath Voices", "Choir leader", LocalDate.of(2020, 5, 1)));
    }

    @Test
    void anActivityRowThatGivesNoWayInGetsTheActivitiesOwnDefault() {
        writer.write(new NetworkRows(
                List.of(locality("loc-belper", "BELPER")), null, null, null, null,
                List.of(new NetworkRows.Group("grp-walkers", "Belper Walkers", null, null, "loc-belper", List.of())),
                List.of(activity("act-open", null, null), activity("act-capped", 12, null),
                        activity("act-told", null, "SIGNPOSTING_ONLY")),
                null, null, null, null, null), 10, progress -> { });

        assertThat(neo4j.query("MATCH (a:Activity) RETURN a.id AS id, a.wayIn AS wayIn ORDER BY id")
                .fetch().all().stream().map(row -> row.get("id") + "=" + row.get("wayIn")).toList())
                .containsExactly("act-capped=BOOK_AHEAD", "act-open=DROP_IN", "act-told=SIGNPOSTING_ONLY");
    }

    private static NetworkRows.Activity activity(String id, Integer capacity, String wayIn) {
        return new NetworkRows.Activity(id, "grp-walkers", id, null, null, List.of(), List.of(), List.of("MONDAY"),
                "WEEKLY", null, "10:00", "11:00", capacity, capacity, "FREE", null, null, null, null, null, wayIn, 1);
    }

    @Test
    void practicesAreMembersOfTheirPcn() {
        writer.write(new NetworkRows(
                List.of(locality("loc-belper", "BELPER"), locality("loc-glossop", "GLOSSOP")),
                null, null, null, null, null, null, null, null,
                List.of(new NetworkRows.Pcn("pcn-belper", "Belper PCN", "U12345", List.of("loc-belper")),
                        new NetworkRows.Pcn("pcn-glossop", "Glossop PCN", "U67890", List.of("loc-glossop"))),
                List.of(practice("prc-riverside", "Riverside Surgery", "C81001", "pcn-belper"),
                        practice("prc-derwent", "Derwent Medical Centre", "C81002", "pcn-belper"),
                        practice("prc-shelf-brook", "Shelf Brook Surgery", "C81003", "pcn-glossop")),
                null), 10, progress -> { });

        assertThat(practicesOf("U12345")).containsExactlyInAnyOrder("Riverside Surgery", "Derwent Medical Centre");
        assertThat(practicesOf("U67890")).containsExactly("Shelf Brook Surgery");
    }

    private List<String> practicesOf(String pcnOdsCode) {
        return List.copyOf(neo4j.query("MATCH (p:Practice)-[:MEMBER_OF]->(:Pcn {odsCode: $ods}) RETURN p.name")
                .bind(pcnOdsCode).to("ods").fetchAs(String.class).all());
    }

    private static NetworkRows.Locality locality(String id, String code) {
        return new NetworkRows.Locality(id, code, code, "LOCALITY", 53.0, -1.5, null);
    }

    private static NetworkRows.Practice practice(String id, String name, String odsCode, String pcn) {
        return new NetworkRows.Practice(id, name, odsCode, pcn);
    }
}
