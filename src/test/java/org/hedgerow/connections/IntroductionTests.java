package org.hedgerow.connections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.hedgerow.core.ConflictException;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pat (o-pat) and Quinn (o-quinn) are providers of {@link TestAccounts}; Rosa is an organiser with no account. */
class IntroductionTests extends ApiTest {

    private static final String CONTEXT = "We both work with people new to the area";

    @Autowired Introductions introductions;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void rosaHasNoAccount() {
        neo4j.query("CREATE (:Organiser {id: 'o-rosa', name: 'Rosa', version: 0})").run();
    }

    @Test
    void aProviderAsksToMeetAnotherOrganiserAboutAGroup() throws Exception {
        String id = id(request("pat", """
                {"to": "o-quinn", "context": "%s", "group": "%s"}""".formatted(CONTEXT, TestAccounts.OTHER_GROUP))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.from.id").value("o-pat"))
                .andExpect(jsonPath("$.from.name").value("Pat"))
                .andExpect(jsonPath("$.to.name").value("Quinn"))
                .andExpect(jsonPath("$.about.name").value("Glossop Choir"))
                .andExpect(jsonPath("$.context").value(CONTEXT))
                .andExpect(jsonPath("$.requestedAt").exists())
                .andExpect(jsonPath("$.version").value(0)));

        assertThat(count("""
                MATCH (:Organiser {id: 'o-pat'})<-[:FROM]-(i:Introduction {status: 'REQUESTED'})-[:TO]->(:Organiser {id: 'o-quinn'}),
                      (i)-[:ABOUT]->(:Group {id: 'g-glossop-choir'})
                RETURN count(i)""")).isOne();
        assertThat(events.ofType(IntroductionRequested.class)).containsExactly(new IntroductionRequested(id, "o-pat", "o-quinn"));
    }

    @Test
    void badRequestsNameTheFieldAndChangeNothing() throws Exception {
        request("pat", "{\"context\": \"short\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists())
                .andExpect(jsonPath("$.errors.context").exists());
        request("pat", """
                {"to": "o-quinn", "context": "%s"}""".formatted("x".repeat(501)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.context").exists());
        request("pat", """
                {"to": "o-nobody", "context": "%s"}""".formatted(CONTEXT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").value("is not an organiser in the network"));
        request("pat", """
                {"to": "o-pat", "context": "%s"}""".formatted(CONTEXT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").value(containsString("is you")));
        request("pat", """
                {"to": "o-quinn", "context": "%s", "group": "g-nothing"}""".formatted(CONTEXT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.group").exists());
        request("ada", """
                {"to": "o-quinn", "context": "%s"}""".formatted(CONTEXT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.from").exists());
        request("ada", """
                {"from": "o-nobody", "to": "o-quinn", "context": "%s"}""".formatted(CONTEXT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.from").exists());

        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isZero();
        assertThat(events.ofType(IntroductionRequested.class)).isEmpty();
    }

    @Test
    void organisersWhoAlreadyKnowEachOtherEitherWayRoundAreNotIntroduced() throws Exception {
        neo4j.query("MATCH (q:Organiser {id: 'o-quinn'}), (p:Organiser {id: 'o-pat'}) CREATE (q)-[:KNOWS]->(p)").run();

        request("pat", body("o-quinn")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You already know each other."));
        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isZero();
    }

    @Test
    void anOpenRequestEitherWayRoundBlocksAnother() throws Exception {
        request("pat", body("o-quinn")).andExpect(status().isCreated());

        request("pat", body("o-quinn")).andExpect(status().isConflict());
        request("quinn", body("o-pat")).andExpect(status().isConflict());
        request("pat", body("o-rosa")).andExpect(status().isCreated());
        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isEqualTo(2);
        assertThat(events.ofType(IntroductionRequested.class)).hasSize(2);
    }

    @Test
    void providersAskOnlyAsThemselvesAndAdminsOnAnyonesBehalf() throws Exception {
        request("quinn", """
                {"from": "o-pat", "to": "o-rosa", "context": "%s"}""".formatted(CONTEXT)).andExpect(status().isForbidden());
        request("lee", body("o-rosa")).andExpect(status().isForbidden());
        request("fran", body("o-rosa")).andExpect(status().isForbidden());
        request(null, body("o-rosa")).andExpect(status().isUnauthorized());
        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isZero();

        request("ada", """
                {"from": "o-pat", "to": "o-rosa", "context": "%s"}""".formatted(CONTEXT))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.from.id").value("o-pat"));
    }

    @Test
    void theRecipientAcceptsAndTheTwoKnowEachOtherOnce() throws Exception {
        String id = id(request("pat", body("o-quinn")));

        answer("quinn", id, "accept", 0, "Lovely, see you Tuesday")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.note").value("Lovely, see you Tuesday"))
                .andExpect(jsonPath("$.answeredAt").exists())
                .andExpect(jsonPath("$.version").value(1));
        answer("quinn", id, "accept", 1, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The introduction was already accepted."));

        var knows = neo4j.query("""
                MATCH (:Organiser {id: 'o-pat'})-[k:KNOWS]->(:Organiser {id: 'o-quinn'})
                RETURN k.context AS context, k.since AS since, k.introductionId AS introductionId""")
                .fetch().all();
        assertThat(knows).singleElement().satisfies(k -> {
            assertThat(k).containsEntry("context", CONTEXT).containsEntry("introductionId", id);
            assertThat(k.get("since")).isEqualTo(LocalDate.now(NetworkZone.ZONE));
        });
        assertThat(count("MATCH (:Organiser {id: 'o-pat'})-[k:KNOWS]-(:Organiser {id: 'o-quinn'}) RETURN count(k)")).isOne();
        assertThat(events.ofType(IntroductionMade.class)).containsExactly(new IntroductionMade(id, "o-pat", "o-quinn"));
    }

    @Test
    void theyKnowEachOtherFromTheNetworksDayNotFromUtcs() throws Exception {
        String id = id(request("pat", body("o-quinn")));
        var quinn = neo4j.query("MATCH (a:Account {username: 'quinn'}) RETURN a.id").fetchAs(String.class).one()
                .orElseThrow();

        // Half past midnight on 2 June in Derbyshire is still 1 June in UTC.
        transaction.executeWithoutResult(tx -> introductions.answer(id, quinn, new IntroductionAnswer(0L, null),
                IntroductionStatus.ACCEPTED, Instant.parse("2026-06-01T23:30:00Z")));

        assertThat(neo4j.query("""
                MATCH (:Organiser {id: 'o-pat'})-[k:KNOWS]->(:Organiser {id: 'o-quinn'}) RETURN k.since""")
                .fetchAs(LocalDate.class).one()).contains(LocalDate.parse("2026-06-02"));
    }

    @Test
    void anAnswerFromAStaleVersionConflictsAndChangesNothing() throws Exception {
        String id = id(request("pat", body("o-quinn")));

        answer("quinn", id, "accept", 7, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("reload")));
        assertThat(count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).isZero();
        assertThat(events.ofType(IntroductionMade.class)).isEmpty();
    }

    @Test
    void onlyTheRecipientOrAnAdminMayAnswer() throws Exception {
        String id = id(request("pat", body("o-quinn")));

        answer("pat", id, "accept", 0, null).andExpect(status().isForbidden());
        answer("pat", id, "decline", 0, null).andExpect(status().isForbidden());
        answer("lee", id, "accept", 0, null).andExpect(status().isForbidden());
        answer("fran", id, "accept", 0, null).andExpect(status().isForbidden());
        answer(null, id, "accept", 0, null).andExpect(status().isUnauthorized());
        answer("quinn", "no-such-introduction", "accept", 0, null).andExpect(status().isNotFound());
        answer("quinn", id, "accept", 0, null).andExpect(status().isOk());  // nothing above changed it

        String other = id(request("pat", body("o-rosa")));
        answer("ada", other, "accept", 0, null).andExpect(status().isOk());
        answer("quinn", id, "accept", null, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").exists());
    }

    @Test
    void aDeclinedIntroductionMakesNoAcquaintanceAndTheyMayAskAgain() throws Exception {
        String id = id(request("pat", body("o-quinn")));

        answer("quinn", id, "decline", 0, "Not this term").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.note").value("Not this term"));
        answer("quinn", id, "accept", 1, null).andExpect(status().isConflict());

        assertThat(count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).isZero();
        assertThat(events.ofType(IntroductionDeclined.class)).containsExactly(new IntroductionDeclined(id, "o-pat", "o-quinn"));
        assertThat(events.ofType(IntroductionMade.class)).isEmpty();
        request("quinn", body("o-pat")).andExpect(status().isCreated());
    }

    @Test
    void eachProviderListsTheirOwnByDirectionAndStatus() throws Exception {
        String toQuinn = id(request("pat", body("o-quinn")));
        id(request("pat", body("o-rosa")));
        answer("quinn", toQuinn, "decline", 0, null).andExpect(status().isOk());
        String fromQuinn = id(request("quinn", body("o-pat")));

        list("pat", "direction=outgoing").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[*].to.name").value(contains("Rosa", "Quinn")));
        list("pat", "direction=incoming").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(fromQuinn)))
                .andExpect(jsonPath("$.items[0].from.name").value("Quinn"));
        list("pat", "status=DECLINED").andExpect(jsonPath("$.items[*].id").value(contains(toQuinn)));
        list("pat", "size=1&page=1").andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items.length()").value(1));
        list("quinn", "direction=incoming").andExpect(jsonPath("$.items[*].id").value(contains(toQuinn)));

        list("pat", "direction=sideways").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.direction").exists());
        list("pat", "status=MAYBE").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.status").exists());
        list("pat", "organiser=o-quinn").andExpect(status().isForbidden());
        list("ada", "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.organiser").exists());
        list("ada", "organiser=o-quinn").andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(2));
        list("ada", "organiser=o-nobody").andExpect(status().isNotFound());
        list("lee", "").andExpect(status().isForbidden());
    }

    @Test
    void ofTwoAcceptsRacingExactlyOneWinsAndTheyKnowEachOtherOnce() throws Exception {
        String quinnAccount = TestAccounts.accountId(neo4j, "quinn");
        String adminAccount = TestAccounts.accountId(neo4j, "ada");
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                neo4j.query("MATCH (i:Introduction) DETACH DELETE i").run();
                neo4j.query("MATCH ()-[k:KNOWS]->() DELETE k").run();
                String id = id(request("pat", body("o-quinn")));
                var ready = new CyclicBarrier(2);
                var answer = new IntroductionAnswer(0L, null);
                Callable<Boolean> byQuinn = () -> won(ready, () -> introductions.accept(id, quinnAccount, answer));
                Callable<Boolean> byAdmin = () -> won(ready, () -> introductions.accept(id, adminAccount, answer));
                var one = pool.submit(byQuinn);
                var other = pool.submit(byAdmin);

                assertThat(List.of(one.get(), other.get())).as("round " + round).containsExactlyInAnyOrder(true, false);
                assertThat(count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).as("round " + round).isOne();
            }
        }
        assertThat(events.ofType(IntroductionMade.class)).hasSize(10);
    }

    @Test
    void ofTwoRequestsRacingBetweenOnePairEitherWayRoundExactlyOneWins() throws Exception {
        String patAccount = TestAccounts.accountId(neo4j, "pat");
        String quinnAccount = TestAccounts.accountId(neo4j, "quinn");
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                neo4j.query("MATCH (i:Introduction) DETACH DELETE i").run();
                var ready = new CyclicBarrier(2);
                Callable<Boolean> patAsks = () -> won(ready, () -> introductions.request(patAccount, "o-pat",
                        new IntroductionRequest("o-quinn", CONTEXT, null, null)));
                Callable<Boolean> quinnAsks = () -> won(ready, () -> introductions.request(quinnAccount, "o-quinn",
                        new IntroductionRequest("o-pat", CONTEXT, null, null)));
                var one = pool.submit(patAsks);
                var other = pool.submit(quinnAsks);

                assertThat(List.of(one.get(), other.get())).as("round " + round).containsExactlyInAnyOrder(true, false);
                assertThat(count("MATCH (i:Introduction) RETURN count(i)")).as("round " + round).isOne();
            }
        }
    }

    @Test
    void eventsArriveOnlyOnceTheChangeIsCommitted() {
        String patAccount = TestAccounts.accountId(neo4j, "pat");
        var request = new IntroductionRequest("o-quinn", CONTEXT, null, null);

        transaction.executeWithoutResult(status -> {
            introductions.request(patAccount, "o-pat", request);
            status.setRollbackOnly();
        });
        assertThat(events.ofType(IntroductionRequested.class)).as("rolled back").isEmpty();
        assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isZero();

        transaction.executeWithoutResult(status -> {
            introductions.request(patAccount, "o-pat", request);
            assertThat(events.ofType(IntroductionRequested.class)).as("before commit").isEmpty();
        });
        assertThat(events.ofType(IntroductionRequested.class)).as("after commit").hasSize(1);
    }

    @Test
    void anOrganisersAcquaintancesShowHowTheyMet() throws Exception {
        String id = id(request("pat", body("o-quinn")));
        answer("quinn", id, "accept", 0, null).andExpect(status().isOk());

        connections("lee", "o-quinn").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organiser.name").value(contains("Pat")))
                .andExpect(jsonPath("$[0].groups[0].name").value("Belper Walkers"))
                .andExpect(jsonPath("$[0].context").value(CONTEXT))
                .andExpect(jsonPath("$[0].introductionId").value(id));
        connections("lee", "o-rosa").andExpect(jsonPath("$.length()").value(0));
        connections("lee", "o-nobody").andExpect(status().isNotFound());
        connections(null, "o-quinn").andExpect(status().isUnauthorized());
    }

    private static boolean won(CyclicBarrier ready, Runnable attempt) throws Exception {
        ready.await();
        try {
            attempt.run();
            return true;
        }
        catch (ConflictException lost) {
            return false;
        }
    }

    private static String body(String to) {
        return """
                {"to": "%s", "context": "%s"}""".formatted(to, CONTEXT);
    }

    private ResultActions request(String username, String json) throws Exception {
        return browsers.request(username, HttpMethod.POST, "/api/introductions", json);
    }

    private ResultActions answer(String username, String id, String verb, Integer version, String note)
            throws Exception {
        String json = version == null ? "{}" : note == null ? "{\"version\": %d}".formatted(version)
                : "{\"version\": %d, \"note\": \"%s\"}".formatted(version, note);
        return browsers.request(username, HttpMethod.POST, "/api/introductions/" + id + "/" + verb, json);
    }

    private ResultActions list(String username, String query) throws Exception {
        return browsers.request(username, HttpMethod.GET, "/api/introductions?" + query, null);
    }

    private ResultActions connections(String username, String organiserId) throws Exception {
        return browsers.request(username, HttpMethod.GET, "/api/organisers/" + organiserId + "/connections", null);
    }

    private static String id(ResultActions created) throws Exception {
        return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }
}
