package org.hedgerow.live;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.hedgerow.accounts.HeldSignIns;
import org.hedgerow.referral.ReferralMade;
import org.hedgerow.referral.ReferralStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live module on its own (with the shared core and graph), hearing of a referral that the referral module
 * announces: once the announcing transaction commits, the link worker who made it and the organisers it was
 * sent to are told on their own queues, and the network map hears that a referral was made.
 */
@ApplicationModuleTest
class ReferralNewsScenarioTests extends GraphTest {

    @Autowired Neo4jClient neo4j;
    @Autowired @Qualifier("brokerChannel") SubscribableChannel toBroker;
    /** The one bean live takes from another module (accounts, for its sockets' sign-in recheck): not this test's. */
    @MockitoBean HeldSignIns signIns;

    private final List<Message<?>> sent = new CopyOnWriteArrayList<>();
    private final MessageHandler listener = sent::add;

    @AfterEach
    void stopListening() {
        toBroker.unsubscribe(listener);
    }

    @Test
    void aReferralMadeIsToldToWhoMadeItAndTheOrganisersOfItsActivity(Scenario scenario) {
        TestGraph.clear(neo4j);
        neo4j.query("""
                CREATE (belper:Locality {code: 'BELPER'})
                CREATE (lee:Account {username: 'lee'})-[:ACTS_AS]->(kim:LinkWorker {id: 'w-lee'})
                CREATE (pat:Account {username: 'pat'})-[:ACTS_AS]->(o:Organiser {id: 'o-pat'})
                CREATE (quinn:Account {username: 'quinn'})-[:ACTS_AS]->(:Organiser {id: 'o-quinn'})
                       -[:ORGANISES]->(:Group {id: 'g-choir'})
                CREATE (o)-[:ORGANISES]->(g:Group {id: 'g-walkers'})-[:RUNS]->(a:Activity {id: 'a-walk'})
                       -[:HELD_AT]->(:Venue {id: 'v-mill'})-[:IN]->(belper)
                CREATE (kim)<-[:MADE_BY]-(:Referral {id: 'r-1', status: 'SENT'})-[:TO]->(a)
                """).run();
        toBroker.subscribe(listener);

        scenario.publish(new ReferralMade("r-1", "a-walk", "g-walkers", ReferralStatus.SENT))
                .andWaitForStateChange(() -> sent.stream().anyMatch(m -> destination(m).equals("/topic/network")))
                .andVerify(networkHeard -> {
                    assertThat(sent.stream().map(ReferralNewsScenarioTests::destination))
                            .containsExactlyInAnyOrder("/user/lee/queue/referrals", "/user/pat/queue/referrals",
                                    "/topic/network");
                    for (var message : sent) {
                        var json = new String((byte[]) message.getPayload(), StandardCharsets.UTF_8);
                        if (destination(message).startsWith("/user/")) {
                            assertThat(json).contains("\"type\":\"referral.made\"", "\"referralId\":\"r-1\"",
                                    "\"status\":\"SENT\"");
                        } else {
                            assertThat(json).contains("\"type\":\"network.changed\"", "\"what\":\"referral\"",
                                    "\"localityCode\":\"BELPER\"");
                        }
                    }
                });
    }

    private static String destination(Message<?> message) {
        return String.valueOf(SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
    }
}
