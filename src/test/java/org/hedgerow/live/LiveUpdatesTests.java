package org.hedgerow.live;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.hedgerow.activities.ActivityChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates end to end: real STOMP clients over {@code ws://…/ws}, signed in through the real session API,
 * while real REST requests change the graph. Who hears what, who is refused, nothing for a rollback, and
 * catching up with {@code changedSince}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveUpdatesTests extends GraphTest {

    static final String WALK = "a-live-walk";
    static final String SING = "a-live-sing";

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired LiveSender sender;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired MeterRegistry meters;
    @Autowired SocketsOfSessions sockets;
    @Autowired @Qualifier("taskScheduler") TaskScheduler scheduledWork;
    @Autowired @Qualifier("messageBrokerTaskScheduler") TaskScheduler brokerScheduler;

    LiveClients clients;

    @BeforeEach
    void network() {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                MATCH (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                CREATE (mill:Venue {id: 'v-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (hall:Venue {id: 'v-hall', name: 'Glossop Hall', status: 'ACTIVE', version: 0})-[:IN]->(glossop)
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: $walk, name: 'Tuesday towpath walk', status: 'ACTIVE',
                        capacity: 12, spacesLeft: 3, cost: 'FREE', version: 0,
                        updatedAt: datetime() - duration('P1D')})-[:HELD_AT]->(mill)
                CREATE (choir)-[:RUNS]->(:Activity {id: $sing, name: 'Community singing', status: 'ACTIVE',
                        cost: 'FREE', version: 0, updatedAt: datetime() - duration('P1D')})-[:HELD_AT]->(hall)
                CREATE (:LinkWorker {id: 'w-kim', name: 'Kim', version: 0})-[:WORKS_FOR]->(:Pcn {id: 'p-x', name: 'X'})
                """).bind(WALK).to("walk").bind(SING).to("sing").run();
        provisioning.openDemoAccounts(List.of(
                new NewAccount("kim", "Kim", Role.LINK_WORKER, "w-kim", null, TestAccounts.PASSWORD)),
                TestAccounts.PASSWORD);
        clients = new LiveClients(port);
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void anyoneFollowingAPlaceHearsOfChangesInItAndWithinItButNotElsewhere() throws Exception {
        var visitor = clients.connect(clients.browser(null));
        var amber = visitor.subscribe("/topic/localities.AMBER");
        var county = visitor.subscribe("/topic/localities.DDICS");
        var highPeak = visitor.subscribe("/topic/localities.HIGHPEAK");
        assertThat(amber.confirmed).as("the subscription is confirmed by a RECEIPT").isTrue();

        var pat = clients.browser("pat");
        pat.json("PUT", "/api/activities/" + WALK + "/spaces", """
                {"spacesLeft": 0, "version": 0}""");

        var message = amber.next();
        assertThat(message.get("type").asString()).as("one message for the spaces, not a listing change too")
                .isEqualTo("activity.capacity");
        pat.json("PATCH", "/api/activities/" + WALK, """
                {"name": "Tuesday towpath walk (longer)", "capacity": 14, "version": 1}""");
        var edited = amber.next();
        assertThat(edited.get("type").asString()).as("an edit of the listing, capacity included").isEqualTo("activity.changed");
        assertThat(edited.get("seq").asLong()).as("numbered one by one").isEqualTo(message.get("seq").asLong() + 1);
        assertThat(edited.get("data").get("version").asLong()).isEqualTo(2);
        assertThat(Instant.parse(message.get("at").asString())).isBeforeOrEqualTo(Instant.now());
        var data = message.get("data");
        assertThat(data.get("activityId").asString()).isEqualTo(WALK);
        assertThat(data.get("localityCode").asString()).isEqualTo("BELPER");
        assertThat(data.get("spacesLeft").asInt()).isZero();
        assertThat(data.get("capacity").asInt()).isEqualTo(12);
        assertThat(data.get("version").asLong()).isEqualTo(1);
        assertThat(county.next("activity.capacity").get("data").get("activityId").asString()).isEqualTo(WALK);

        sender.drain();
        assertThat(highPeak.messages).as("High Peak does not hear of Belper").isEmpty();
        assertThat(amber.messages).as("one message per commit").isEmpty();
    }

    @Test
    void eachDestinationHearsOfChangesInCommitOrderNumberedOneByOne() throws Exception {
        var visitor = clients.connect(clients.browser(null));
        var belper = visitor.subscribe("/topic/localities.BELPER");
        var pat = clients.browser("pat");
        for (int version = 0; version < 5; version++) {
            pat.json("PUT", "/api/activities/" + WALK + "/spaces", """
                    {"spacesLeft": %d, "version": %d}""".formatted(version, version));
        }
        long seq = -1;
        for (int version = 1; version <= 5; version++) {
            var message = belper.next();
            assertThat(message.get("type").asString()).isEqualTo("activity.capacity");
            assertThat(message.get("data").get("version").asLong()).isEqualTo(version);
            if (seq >= 0) {
                assertThat(message.get("seq").asLong()).isEqualTo(seq + 1);
            }
            seq = message.get("seq").asLong();
        }
    }

    @Test
    void aNewPostIsAnnouncedWithoutItsWordsWhichAreForSignedInReaders() throws Exception {
        var visitor = clients.connect(clients.browser(null));
        var amber = visitor.subscribe("/topic/localities.AMBER");
        var pat = clients.browser("pat");
        var post = pat.json("POST", "/api/posts", """
                {"kind": "OFFER", "title": "Spare minibus on Tuesdays", "text": "Seats 12; ask for the keys.",
                 "topics": ["transport"], "about": {"kind": "VENUE", "id": "v-mill"}}""");

        var message = amber.next("post.published");
        assertThat(message.get("data").get("postId").asString()).isEqualTo(post.get("id").asString());
        assertThat(message.get("data").get("kind").asString()).isEqualTo("OFFER");
        assertThat(message.toString()).doesNotContain("minibus").doesNotContain("keys");
    }

    @Test
    void referralNewsGoesOnlyToTheLinkWorkerAndTheOrganisersConcerned() throws Exception {
        var lee = clients.browser("lee");
        var leeHears = clients.connect(lee).subscribe("/user/queue/referrals");
        var patHears = clients.connect(clients.browser("pat")).subscribe("/user/queue/referrals");
        var quinnHears = clients.connect(clients.browser("quinn")).subscribe("/user/queue/referrals");
        var kimHears = clients.connect(clients.browser("kim")).subscribe("/user/queue/referrals");
        var franHears = clients.connect(clients.browser("fran")).subscribe("/user/queue/referrals");

        var referral = lee.json("POST", "/api/referrals", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Recently bereaved; keen on walking.",
                 "participant": {"reference": "BEL-0142", "contact": "Phone 07700 900123",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}"""
                .formatted(WALK));
        String id = referral.get("id").asString();

        var leeMade = leeHears.next();
        assertThat(leeMade.get("type").asString()).isEqualTo("referral.made");
        for (var inbox : List.of(leeHears, patHears)) {
            var made = inbox == leeHears ? leeMade : inbox.next();
            assertThat(made.get("type").asString()).isEqualTo("referral.made");
            assertThat(made.get("data").get("referralId").asString()).isEqualTo(id);
            assertThat(made.get("data").get("status").asString()).isEqualTo("SENT");
            assertThat(made.toString()).as("ids and status only").doesNotContain("BEL-0142").doesNotContain("07700")
                    .doesNotContain("bereaved");
        }

        clients.browser("pat").json("POST", "/api/referrals/" + id + "/status", """
                {"status": "ACCEPTED", "version": 0}""");
        var accepted = leeHears.next();
        assertThat(accepted.get("type").asString()).isEqualTo("referral.status");
        assertThat(accepted.get("data").get("from").asString()).isEqualTo("SENT");
        assertThat(accepted.get("data").get("to").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("data").get("version").asLong()).isEqualTo(1);
        assertThat(accepted.get("seq").asLong()).as("Lee's next message").isEqualTo(
                leeMade.get("seq").asLong() + 1);
        assertThat(patHears.next().get("data").get("to").asString()).isEqualTo("ACCEPTED");

        sender.drain();
        assertThat(quinnHears.messages).as("another group's organiser").isEmpty();
        assertThat(kimHears.messages).as("another link worker").isEmpty();
        assertThat(franHears.messages).as("a facilitator").isEmpty();
    }

    @Test
    void introductionsAreToldToBothOrganisers() throws Exception {
        var patHears = clients.connect(clients.browser("pat")).subscribe("/user/queue/introductions");
        var quinnHears = clients.connect(clients.browser("quinn")).subscribe("/user/queue/introductions");
        var leeHears = clients.connect(clients.browser("lee")).subscribe("/user/queue/introductions");
        var asked = clients.browser("pat").json("POST", "/api/introductions", """
                {"to": "o-quinn", "context": "Walkers who would like to sing on the way back"}""");

        for (var inbox : List.of(patHears, quinnHears)) {
            var message = inbox.next();
            assertThat(message.get("type").asString()).isEqualTo("introduction.requested");
            assertThat(message.get("data").get("introductionId").asString()).isEqualTo(asked.get("id").asString());
        }
        sender.drain();
        assertThat(leeHears.messages).isEmpty();
    }

    @Test
    void facilitatorsAndAdminsFollowTheNetworkAndNobodyElseMay() throws Exception {
        var fran = clients.connect(clients.browser("fran")).subscribe("/topic/network");
        var ada = clients.connect(clients.browser("ada")).subscribe("/topic/network");
        clients.browser("pat").json("PUT", "/api/activities/" + WALK + "/spaces", """
                {"spacesLeft": 1, "version": 0}""");
        clients.browser("pat").json("POST", "/api/activities/" + WALK + "/confirm", """
                {"version": 1}""");
        for (var inbox : List.of(fran, ada)) {
            var message = inbox.next("network.changed");
            assertThat(message.get("data").get("what").asString()).isEqualTo("activity");
            assertThat(message.get("data").get("change").asString()).isEqualTo("changed");
            assertThat(inbox.next("network.changed").get("data").get("change").asString()).isEqualTo("confirmed");
            assertThat(message.get("data").get("counts").get("activities").asLong()).isEqualTo(2);
        }

        for (String who : new String[] {"pat", "lee", null}) {
            assertRefused(who, "/topic/network");
        }
    }

    @Test
    void theAudienceCachesCountTheirHitsAndMissesForTheMetrics() throws Exception {
        var belper = clients.connect(clients.browser(null)).subscribe("/topic/localities.BELPER");
        var pat = clients.browser("pat");
        pat.json("PUT", "/api/activities/" + WALK + "/spaces", """
                {"spacesLeft": 2, "version": 0}""");
        pat.json("PUT", "/api/activities/" + WALK + "/spaces", """
                {"spacesLeft": 1, "version": 1}""");
        belper.next();
        belper.next();

        var gets = meters.get("cache.gets").tag("cache", LiveCaches.LOCALITY_AND_ABOVE).functionCounters();
        assertThat(gets.stream().mapToDouble(FunctionCounter::count).sum())
                .as("the places above Belper, looked up for each change").isGreaterThanOrEqualTo(2);
    }

    @Test
    void subscriptionsOutsideTheRulesGetAnErrorFrameAndNothingElse() throws Exception {
        assertRefused(null, "/user/queue/referrals");
        assertRefused("lee", "/user/pat/queue/referrals");
        assertRefused("lee", "/queue/referrals-user1");
        assertRefused("lee", "/topic/localities.AMBER/../network");
        assertRefused("lee", "/topic/hedgerow.user-registry");
        assertRefused("ada", "/app/anything");
    }

    @Test
    void aSignInStillWaitingForItsPasskeyStepHearsNothingPersonal() throws Exception {
        var ada = clients.browser("ada");
        assertThat(ada.send("PUT", "/api/passkey-requirements", "{\"roles\": [\"LINK_WORKER\"]}").statusCode()).isEqualTo(200);
        try {
            var lee = clients.browser("lee");
            assertThat(lee.send("GET", "/api/account/passkeys", null).statusCode()).as("the API refuses it").isEqualTo(401);
            for (String queue : List.of("/user/queue/referrals", "/user/queue/notifications", "/user/queue/introductions",
                    "/user/queue/gatherings", "/user/queue/imports")) {
                assertRefused(lee, queue, "lee, waiting for the passkey step");
            }
        }
        finally {
            assertThat(ada.send("PUT", "/api/passkey-requirements", "{\"roles\": []}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void clientsCannotSendAnything() throws Exception {
        var lee = clients.connect(clients.browser("lee"));
        lee.session.send("/topic/localities.AMBER", "{\"type\": \"activity.capacity\"}".getBytes());
        assertThat(lee.nextError()).contains("does not take messages");
    }

    @Test
    void connectingWithoutTheCsrfTokenIsRefused() throws Exception {
        var lee = clients.connect(clients.browser("lee"), false);
        assertThat(lee.session).isNull();
        assertThat(lee.nextError()).contains("X-XSRF-TOKEN");
    }

    @Test
    void signingOutClosesTheSocketsOpenedWithThatSignInAndNoOthers() throws Exception {
        var patsLaptop = clients.browser("pat");
        var patsPhone = clients.browser("pat");
        var laptop = clients.connect(patsLaptop);
        var laptopHears = laptop.subscribe("/user/queue/referrals");
        var phone = clients.connect(patsPhone);
        var phoneHears = phone.subscribe("/user/queue/referrals");

        assertThat(patsLaptop.send("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        awaitClosed(laptop);
        assertThat(laptop.session.isConnected()).as("the signed-out laptop's socket is closed").isFalse();
        assertThat(phone.session.isConnected()).as("the phone is still signed in").isTrue();

        leeRefersSomeoneToTheWalk("BEL-0009");
        assertThat(phoneHears.next().get("type").asString()).isEqualTo("referral.made");
        sender.drain();
        assertThat(laptopHears.messages).isEmpty();
    }

    @Test
    void aPasswordResetClosesTheAccountsSocketsThoughTheyMakeNoRequestAndTheirSessionCannotListenAgain()
            throws Exception {
        var patsLaptop = clients.browser("pat");
        var laptop = clients.connect(patsLaptop);
        laptop.subscribe("/user/queue/referrals");
        var lee = clients.connect(clients.browser("lee"));
        var leeHears = lee.subscribe("/user/queue/referrals");

        var reset = clients.browser("ada").send("POST", "/api/accounts/" + TestAccounts.accountId(neo4j, "pat")
                + "/password", """
                {"newPassword": "a brand new password"}""");
        assertThat(reset.statusCode()).isEqualTo(204);
        awaitClosed(laptop);
        assertThat(laptop.session.isConnected()).as("the laptop only listens, yet its socket is closed").isFalse();
        assertThat(lee.session.isConnected()).as("another account's socket stays open").isTrue();

        assertRefused(patsLaptop, "/user/queue/referrals", "pat's laptop, its session ended by the reset");
        leeRefersSomeoneToTheWalk("BEL-0010");
        assertThat(leeHears.next().get("type").asString()).isEqualTo("referral.made");
    }

    @Test
    void aFacilitatorDisabledStopsHearingTheNetworkAtOnceThoughANewDisplayNameChangesNothing() throws Exception {
        var fran = clients.connect(clients.browser("fran"));
        var franHears = fran.subscribe("/topic/network");
        var ada = clients.connect(clients.browser("ada"));
        var adaHears = ada.subscribe("/topic/network");
        String franId = TestAccounts.accountId(neo4j, "fran");
        var renamed = clients.browser("ada").send("PATCH", "/api/accounts/" + franId, """
                {"displayName": "Fran Ellis", "version": %d}""".formatted(TestAccounts.version(neo4j, "Account", franId)));
        assertThat(renamed.statusCode()).isEqualTo(200);

        var disabledAt = Instant.now();
        var disabled = clients.browser("ada").send("PATCH", "/api/accounts/" + franId, """
                {"enabled": false, "version": %d}""".formatted(TestAccounts.version(neo4j, "Account", franId)));
        assertThat(disabled.statusCode()).isEqualTo(200);
        awaitClosed(fran);
        assertThat(fran.session.isConnected()).as("the disabled facilitator's socket is closed").isFalse();
        assertThat(fran.lostAt).as("closed by the change, not by the new display name before it").isAfter(disabledAt);

        clients.browser("pat").json("PUT", "/api/activities/" + WALK + "/spaces", """
                {"spacesLeft": 1, "version": 0}""");
        assertThat(adaHears.next("network.changed").get("data").get("what").asString()).isEqualTo("activity");
        sender.drain();
        assertThat(franHears.messages).as("nothing after the socket closed").isEmpty();
    }

    @Test
    void aSignInEndedInTheGraphByOtherMeansHasItsSocketsClosedAtTheNextRecheck() throws Exception {
        var patsBrowser = clients.browser("pat");
        var pat = clients.connect(patsBrowser);
        pat.subscribe("/user/queue/referrals");
        var lee = clients.connect(clients.browser("lee"));
        lee.subscribe("/user/queue/referrals");
        var visitor = clients.connect(clients.browser(null));
        visitor.subscribe("/topic/localities.BELPER");

        sockets.closeEndedSignIns();
        assertThat(pat.session.isConnected()).as("a current sign-in is left alone").isTrue();

        // by hand, as another instance whose announcement was lost would have it: no event here
        neo4j.query("MATCH (a:Account {username: 'pat'}) SET a.sessionStamp = randomUUID()").run();
        sockets.closeEndedSignIns();
        awaitClosed(pat);
        assertThat(pat.session.isConnected()).as("pat's sign-in ended").isFalse();
        assertThat(lee.session.isConnected()).isTrue();
        assertThat(visitor.session.isConnected()).as("a visitor holds no sign-in").isTrue();
        // reconnecting at once (as the web app does), within the stamp's recheck: not let in by the stamp held
        assertRefused(patsBrowser, "/user/queue/referrals", "pat, reconnecting with the ended sign-in");
    }

    @Test
    void scheduledWorkRunsOnItsOwnVirtualThreadsNotTheBrokers(@Autowired ScheduledAnnotationBeanPostProcessor scheduling)
            throws Exception {
        var ranOn = new java.util.concurrent.CompletableFuture<Thread>();
        scheduledWork.schedule(() -> ranOn.complete(Thread.currentThread()), Instant.now());
        var thread = ranOn.get(5, TimeUnit.SECONDS);
        assertThat(thread.isVirtual()).isTrue();
        assertThat(thread.getName()).startsWith("scheduled-");
        assertThat(scheduledWork).isNotSameAs(brokerScheduler);

        // and the scheduler the @Scheduled methods are handed to (Spring's router, which picks one of the several
        // schedulers here) runs them there too: the bean alone would not show that it is the one picked
        var registrar = (ScheduledTaskRegistrar) ReflectionTestUtils.getField(scheduling, "registrar");
        var routed = new java.util.concurrent.CompletableFuture<Thread>();
        registrar.getScheduler().schedule(() -> routed.complete(Thread.currentThread()), Instant.now());
        assertThat(routed.get(5, TimeUnit.SECONDS).getName()).as("where @Scheduled work runs").startsWith("scheduled-");
    }

    /** Lee refers someone new to the walk, with the least personal detail a referral takes. */
    private JsonNode leeRefersSomeoneToTheWalk(String reference) throws Exception {
        return clients.browser("lee").json("POST", "/api/referrals", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Would enjoy company.",
                 "participant": {"reference": "%s", "contact": "Phone",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}"""
                .formatted(WALK, reference));
    }

    private static void awaitClosed(LiveClients.Listener listener) throws InterruptedException {
        for (int i = 0; i < 50 && listener.session.isConnected(); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    @Test
    void aChangeThatRollsBackSendsNothing() throws Exception {
        var belper = clients.connect(clients.browser(null)).subscribe("/topic/localities.BELPER");
        try {
            transactions.executeWithoutResult(status -> {
                neo4j.query("MATCH (a:Activity {id: $id}) SET a.name = 'Never happened'").bind(WALK).to("id").run();
                events.publishEvent(new ActivityChanged(WALK, "g-belper-walkers", "BELPER",
                        ActivityChanged.Change.CHANGED, 1));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change and its event are gone
        }
        transactions.executeWithoutResult(status -> events.publishEvent(
                new ActivityChanged(SING, "g-glossop-choir", "BELPER", ActivityChanged.Change.CONFIRMED, 1)));

        var message = belper.next();
        assertThat(message.get("data").get("activityId").asString()).as("only the committed one").isEqualTo(SING);
        sender.drain();
        assertThat(belper.messages).isEmpty();
    }

    @Test
    void aClientThatWasAwayCatchesUpWithChangedSince() throws Exception {
        var pat = clients.browser("pat");
        var lee = clients.browser("lee");
        var referral = leeRefersSomeoneToTheWalk("BEL-0007");
        var oldPost = pat.json("POST", "/api/posts", """
                {"kind": "NEWS", "title": "Walk leaders wanted", "text": "Training in spring.",
                 "topics": ["volunteers"], "about": {"kind": "VENUE", "id": "v-mill"}}""");
        TimeUnit.MILLISECONDS.sleep(20);
        var lastSeen = Instant.now();
        TimeUnit.MILLISECONDS.sleep(20);

        // while the client is away: the walk fills up, the referral is accepted, a post is answered
        pat.json("PUT", "/api/activities/" + WALK + "/spaces", """
                {"spacesLeft": 0, "version": 0}""");
        pat.json("POST", "/api/referrals/" + referral.get("id").asString() + "/status", """
                {"status": "DECLINED", "declineReason": "FULL", "version": 0}""");
        clients.browser("quinn").json("POST", "/api/posts/" + oldPost.get("id").asString() + "/replies", """
                {"text": "I could lead one in Glossop"}""");

        var activities = pat.json("GET", "/api/activities?changedSince=" + lastSeen, null);
        assertThat(ids(activities)).containsExactly(WALK);
        assertThat(ids(pat.json("GET", "/api/activities", null))).containsExactlyInAnyOrder(WALK, SING);

        var outbox = lee.json("GET", "/api/referrals?box=outbox&changedSince=" + lastSeen, null);
        assertThat(ids(outbox)).containsExactly(referral.get("id").asString());
        assertThat(outbox.get("items").get(0).get("status").asString()).isEqualTo("DECLINED");
        assertThat(ids(lee.json("GET", "/api/referrals?box=outbox&changedSince=" + Instant.now(), null))).isEmpty();

        var posts = pat.json("GET", "/api/posts?changedSince=" + lastSeen, null);
        assertThat(ids(posts)).containsExactly(oldPost.get("id").asString());
        var bad = pat.send("GET", "/api/activities?changedSince=yesterday", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("changedSince");
    }

    private void assertRefused(String username, String destination) throws Exception {
        assertRefused(clients.browser(username), destination, String.valueOf(username));
    }

    private void assertRefused(LiveClients.Browser browser, String destination, String username) throws Exception {
        var listener = clients.connect(browser);
        var headers = new org.springframework.messaging.simp.stomp.StompHeaders();
        headers.setDestination(destination);
        var inbox = new LiveClients.Inbox(destination);
        listener.session.subscribe(headers, inbox);
        var error = listener.nextError();
        assertThat(error).as(username + " → " + destination + "; failures " + listener.failures
                + ", connected " + listener.session.isConnected()).contains("may not subscribe");
        sender.drain();
        assertThat(inbox.messages).isEmpty();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }
}
