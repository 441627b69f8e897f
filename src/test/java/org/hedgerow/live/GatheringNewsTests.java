package org.hedgerow.live;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gathering's news goes to the facilitators of its place and the organisers of the invited groups, on their own
 * queues: Fran (Amber Valley) convenes in Belper inviting Pat's walkers and Quinn's choir (in Glossop). Rosa
 * organises a Belper group that was not invited, Hal facilitates High Peak (where the choir is, not the gathering),
 * Lee is a link worker: none of them hears anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatheringNewsTests extends GraphTest {

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired LiveSender sender;

    LiveClients clients;

    @BeforeEach
    void network() {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'})
                CREATE (:Organiser {id: 'o-rosa', name: 'Rosa', version: 0})-[:ORGANISES {role: 'Lead'}]->
                       (:Group {id: 'g-knitters', name: 'Belper Knitters', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
                """).run();
        provisioning.openDemoAccounts(List.of(
                new NewAccount("rosa", "Rosa", Role.PROVIDER, "o-rosa", null, TestAccounts.PASSWORD),
                new NewAccount("hal", "Hal", Role.FACILITATOR, null, "HIGHPEAK", TestAccounts.PASSWORD)),
                TestAccounts.PASSWORD);
        clients = new LiveClients(port);
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void answersAreToldLiveToTheFacilitatorAndTheInvitedOrganisersOnly() throws Exception {
        var fran = clients.browser("fran");
        var pat = clients.browser("pat");
        var franHears = clients.connect(fran).subscribe("/user/queue/gatherings");
        var patHears = clients.connect(pat).subscribe("/user/queue/gatherings");
        var quinnHears = clients.connect(clients.browser("quinn")).subscribe("/user/queue/gatherings");
        var rosaHears = clients.connect(clients.browser("rosa")).subscribe("/user/queue/gatherings");
        var halHears = clients.connect(clients.browser("hal")).subscribe("/user/queue/gatherings");
        var leeHears = clients.connect(clients.browser("lee")).subscribe("/user/queue/gatherings");

        var gathering = fran.json("POST", "/api/gatherings", """
                {"title": "Belper providers' evening", "startsAt": "%s", "place": "The Railway, back room",
                 "locality": "BELPER", "groups": ["g-belper-walkers", "g-glossop-choir"]}"""
                .formatted(Instant.now().plus(7, ChronoUnit.DAYS)));
        String id = gathering.get("id").asString();
        for (var inbox : List.of(franHears, patHears, quinnHears)) {
            var convened = inbox.next();
            assertThat(convened.get("type").asString()).isEqualTo("gathering.convened");
            assertThat(convened.get("data").get("gatheringId").asString()).isEqualTo(id);
        }

        pat.json("PUT", "/api/gatherings/" + id + "/answer", """
                {"answer": "YES", "version": 0}""");
        for (var inbox : List.of(franHears, patHears, quinnHears)) {
            var answered = inbox.next();
            assertThat(answered.get("type").asString()).isEqualTo("gathering.answered");
            assertThat(answered.get("data").get("gatheringId").asString()).isEqualTo(id);
            assertThat(answered.get("data").get("groupId").asString()).isEqualTo("g-belper-walkers");
            assertThat(answered.get("data").get("answer").asString()).isEqualTo("YES");
            assertThat(answered.get("data").get("version").asLong()).isEqualTo(1);
            assertThat(answered.toString()).as("ids and the answer only").doesNotContain("Pat")
                    .doesNotContain("Railway").doesNotContain("evening");
        }

        sender.drain();
        assertThat(rosaHears.messages).as("an organiser whose group was not invited").isEmpty();
        assertThat(halHears.messages).as("a facilitator of another place").isEmpty();
        assertThat(leeHears.messages).as("a link worker").isEmpty();
    }
}
