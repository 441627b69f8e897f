package org.hedgerow.live;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.hedgerow.HedgerowApplication;
import org.hedgerow.Installed;
import org.hedgerow.LocalRedis;
import org.hedgerow.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.socket.config.WebSocketMessageBrokerStats;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole arrangement for several instances, run for real: Debian's redis-server (shared sessions and the shared
 * sign-in throttle), RabbitMQ (the live relay), two app instances on one graph, and Debian's nginx in front of them
 * with the project's own {@code deploy/nginx/hedgerow.conf} (round robin, no sticky sessions, WebSocket upgrade).
 * Everything goes through the proxy, as a browser's requests do, unless a test says otherwise; each answer names
 * the instance that gave it ({@code X-Hedgerow-Instance}). The last test stops one instance.
 * <p>
 * The graph is the demo network (its accounts, with the published demo password), so the browser journeys can
 * run through the proxy too. Figures (requests per second with two instances and one, the time to be live again
 * after an instance stops, memory) are printed, not asserted: this machine's two cores carry the test too.
 * Without redis-server or nginx the class is skipped with a message, except on CI, where it fails.
 */
@Tag("instances")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = MINUTES)
class SeveralInstancesTests {

    static final String PASSWORD = "hedgerow-demo";
    static final String WALK = "act-friday-friendship-walk";
    static final String INSTANCE = "X-Hedgerow-Instance";

    static LocalRedis redis;
    static LocalNginx nginx;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;
    static LiveClients proxy;
    static final Map<String, Double> memory = new LinkedHashMap<>();
    static String referralId;

    @BeforeAll
    static void theWholeArrangement() throws Exception {
        redis = LocalRedis.start();
        Installed.program("nginx", "nginx");
        RabbitMq.ensureRunning();
        emptyGraph(); // the shared test DBMS may hold another class's graph: the first instance loads the demo
        double before = Installed.rssMib(ProcessHandle.current());
        // the address people open, as HEDGEROW_SITE_URL names it in docker-compose's multi profile: the proxy's,
        // held until nginx takes it, so that nothing started meanwhile is given it
        var held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int site = held.getLocalPort();
        one = instance("one", site);
        double withOne = Installed.rssMib(ProcessHandle.current());
        two = instance("two", site);
        double withTwo = Installed.rssMib(ProcessHandle.current());
        held.close();
        nginx = LocalNginx.start(site, port(one), port(two));
        proxy = new LiveClients(nginx.port);
        memory.put("first app instance (JVM RSS growth, demo load included)", withOne - before);
        memory.put("second app instance (JVM RSS growth)", withTwo - withOne);
    }

    private static ConfigurableApplicationContext instance(String name, int site) {
        // command-line arguments, so that they win over application.yml as a real deployment's settings do
        return new SpringApplicationBuilder(HedgerowApplication.class).run(
                "--server.port=0",
                "--hedgerow.passkeys.site-url=http://localhost:" + site,
                "--hedgerow.notifications.site-url=http://localhost:" + site,
                "--hedgerow.instance.name=" + name,
                "--hedgerow.sessions.store=redis",
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redis.port,
                "--server.forward-headers-strategy=native",
                "--hedgerow.demo.enabled=true",
                "--hedgerow.demo.history=false",
                "--hedgerow.live.broker=relay",
                "--hedgerow.live.relay.port=" + RabbitMq.STOMP_PORT,
                "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
                "--spring.neo4j.authentication.username=" + TestNeo4j.username(),
                "--spring.neo4j.authentication.password=" + TestNeo4j.password());
    }

    private static void emptyGraph() {
        try (var driver = GraphDatabase.driver(TestNeo4j.boltUri(),
                AuthTokens.basic(TestNeo4j.username(), TestNeo4j.password())); var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration' OR label = '__HedgerowSchema')
                    DETACH DELETE n""").consume();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (var instance : new ConfigurableApplicationContext[] {one, two}) {
            if (instance != null && instance.isActive()) {
                instance.close();
            }
        }
        if (nginx != null) {
            nginx.close();
        }
        if (redis != null) {
            redis.close();
        }
        if (!memory.isEmpty()) {
            System.out.println("[several instances] memory added (MiB): " + memory);
        }
    }

    @Test
    @Order(1)
    void aReferralIsMadeOnOneInstanceAndAcceptedOnTheOtherAndBothOfThePersonsSocketsHearIt() throws Exception {
        var amira = proxy.browser("amira", PASSWORD);
        var gene = proxy.browser("gene", PASSWORD);

        var answeredBy = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            var session = amira.send("GET", "/api/session", null);
            assertThat(session.statusCode()).as("signed in, whichever instance answers").isEqualTo(200);
            answeredBy.add(session.headers().firstValue(INSTANCE).orElseThrow());
        }
        assertThat(answeredBy).as("round robin, no sticky sessions").containsOnly("one", "two");
        for (int i = 1; i < answeredBy.size(); i++) {
            assertThat(answeredBy.get(i)).as("requests alternate: %s", answeredBy).isNotEqualTo(answeredBy.get(i - 1));
        }

        var amiraHears = socketsOnBothInstances(amira);
        var geneHears = proxy.connect(gene).subscribe("/user/queue/referrals");

        var made = amira.send("POST", "/api/referrals", referral("E2E-MULTI-1"));
        assertThat(made.statusCode()).as(made.body()).isLessThan(300);
        referralId = LiveClients.JSON.readTree(made.body()).get("id").asString();
        var accepted = gene.send("POST", "/api/referrals/" + referralId + "/status", """
                {"status": "ACCEPTED", "version": 0}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isLessThan(300);
        assertThat(accepted.headers().firstValue(INSTANCE)).as("made and accepted on different instances")
                .isNotEqualTo(made.headers().firstValue(INSTANCE));

        assertThat(geneHears.next("referral.made").get("data").get("referralId").asString()).isEqualTo(referralId);
        for (var inbox : amiraHears.entrySet()) {
            // made on one instance and accepted on the other: each sends its news after its own commit, so the two
            // may reach a socket in either order (the web app refetches on each, whatever the order)
            var news = inbox.getValue().nextOfEach("referral.made", "referral.status");
            assertThat(news.get("referral.made").get("data").get("referralId").asString())
                    .as("the socket on instance %s", inbox.getKey()).isEqualTo(referralId);
            var status = news.get("referral.status");
            assertThat(status.get("data").get("to").asString()).as("on instance %s", inbox.getKey())
                    .isEqualTo("ACCEPTED");
        }
    }

    @Test
    @Order(2)
    void failedSignInsAreCountedAcrossInstances() throws Exception {
        String guesser = "nobody-" + System.nanoTime();
        var browser = proxy.browser(null);
        var landedOn = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var failed = signIn(browser, guesser, "wrong " + i);
            assertThat(failed.statusCode()).isEqualTo(401);
            landedOn.add(failed.headers().firstValue(INSTANCE).orElseThrow());
        }
        assertThat(landedOn).as("the failures landed on both instances").contains("one", "two");
        for (var instance : List.of(one, two)) {
            try (var direct = new LiveClients(port(instance))) {
                var refused = signIn(direct.browser(null), guesser, "one more");
                assertThat(refused.statusCode()).as("the sixth, on instance %s", name(instance)).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(audits(one, "SIGN_IN_THROTTLED", guesser)).isEqualTo(2);
    }

    @Test
    @Order(3)
    void aForgedSessionCookieIsRefusedAuditedAndChangesNothing() throws Exception {
        long refusedBefore = audits(one, "SESSION_REFUSED", "anonymous");
        long referrals = count(one, "MATCH (r:Referral) RETURN count(r)");
        var csrf = proxy.browser(null);
        for (int i = 0; i < 2; i++) {
            var forged = raw(nginx.port, "POST", "/api/referrals", referral("FORGED-" + i),
                    "JSESSIONID=" + java.util.UUID.randomUUID() + "; XSRF-TOKEN=" + csrf.csrf(), csrf.csrf());
            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(forged.headers().allValues("Set-Cookie")).as("the browser is told to drop it")
                    .anyMatch(cookie -> cookie.startsWith("JSESSIONID=;") && cookie.contains("Max-Age=0"));
        }
        assertThat(count(one, "MATCH (r:Referral) RETURN count(r)")).isEqualTo(referrals);
        assertThat(audits(one, "SESSION_REFUSED", "anonymous")).isEqualTo(refusedBefore + 2);
    }

    @Test
    @Order(4)
    void aSessionSignedOutOnOneInstanceIsRefusedByTheOtherAndItsSocketThereIsClosed() throws Exception {
        try (var onOne = new LiveClients(port(one)); var onTwo = new LiveClients(port(two))) {
            var amira = onOne.browser("amira", PASSWORD);
            String cookies = amira.cookies();
            String csrf = amira.csrf();
            var socketOnTwo = onTwo.connect(amira);
            socketOnTwo.subscribe("/user/queue/referrals");
            assertThat(raw(port(two), "GET", "/api/session", null, cookies, csrf).statusCode())
                    .as("the session is shared before sign-out").isEqualTo(200);

            assertThat(amira.send("DELETE", "/api/session", null).statusCode()).isEqualTo(204);

            for (int i = 0; i < 100 && socketOnTwo.session.isConnected(); i++) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            assertThat(socketOnTwo.session.isConnected())
                    .as("the socket opened on the other instance closes when the session ends").isFalse();
            long refusedBefore = audits(one, "SESSION_REFUSED", "anonymous");
            long referrals = count(one, "MATCH (r:Referral) RETURN count(r)");
            assertThat(raw(port(two), "GET", "/api/session", null, cookies, csrf).statusCode()).isEqualTo(401);
            var replayed = raw(port(two), "POST", "/api/referrals", referral("REPLAYED"), cookies, csrf);
            assertThat(replayed.statusCode()).isEqualTo(401);
            assertThat(count(one, "MATCH (r:Referral) RETURN count(r)")).isEqualTo(referrals);
            assertThat(audits(one, "SESSION_REFUSED", "anonymous")).isEqualTo(refusedBefore + 2);
        }
    }

    /**
     * Instance two holds the stamp of the account's other session (it has just answered it); the password is changed
     * through instance one, whose announcement through Redis makes two forget the stamp: the other session is refused
     * on two straight away, not when two would read the stamp again (hedgerow.sessions.stamp-recheck, 10 s), and its
     * socket there is closed before it makes any request.
     */
    @Test
    @Order(5)
    void aPasswordChangedOnOneInstanceEndsTheAccountsOtherSessionsOnTheOtherAtOnce() throws Exception {
        String changed = "amira's password for a moment";
        try (var onOne = new LiveClients(port(one)); var onTwo = new LiveClients(port(two))) {
            var here = onOne.browser("amira", PASSWORD);
            var elsewhere = onTwo.browser("amira", PASSWORD);
            assertThat(raw(port(two), "GET", "/api/session", null, elsewhere.cookies(), elsewhere.csrf()).statusCode())
                    .as("the other session answered on instance two").isEqualTo(200);
            var listeningOnTwo = onTwo.connect(elsewhere);
            listeningOnTwo.subscribe("/user/queue/referrals");
            assertThat(here.send("PUT", "/api/session/password", """
                    {"currentPassword": "%s", "newPassword": "%s"}""".formatted(PASSWORD, changed))
                    .statusCode()).isEqualTo(204);
            try {
                for (int i = 0; i < 50 && listeningOnTwo.session.isConnected(); i++) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                assertThat(listeningOnTwo.session.isConnected())
                        .as("the other session's socket on instance two, which makes no request, is closed").isFalse();
                long changedAt = System.nanoTime();
                int status = 200;
                for (int i = 0; i < 50 && status == 200; i++) { // the announcement reaches two asynchronously
                    status = raw(port(two), "GET", "/api/session", null, elsewhere.cookies(), elsewhere.csrf())
                            .statusCode();
                    if (status == 200) {
                        TimeUnit.MILLISECONDS.sleep(20);
                    }
                }
                assertThat(status).as("the other session on instance two").isEqualTo(401);
                assertThat(Duration.ofNanos(System.nanoTime() - changedAt))
                        .as("refused at once, not at the next recheck").isLessThan(Duration.ofSeconds(2));
                // (asked before the other session, this would itself make two read the new stamp: SessionStamps
                // checks a stamp it does not hold against the graph, which SessionStampsTests pins)
                assertThat(raw(port(two), "GET", "/api/session", null, here.cookies(), here.csrf()).statusCode())
                        .as("the session that changed the password carries on, on the other instance too")
                        .isEqualTo(200);
            }
            finally {
                assertThat(here.send("PUT", "/api/session/password", """
                        {"currentPassword": "%s", "newPassword": "%s"}""".formatted(changed, PASSWORD))
                        .statusCode()).as("the demo password back for the tests after this one").isEqualTo(204);
            }
        }
    }

    @Test
    @Order(6)
    void aLiveConnectionWithoutTheCsrfTokenThroughTheProxyIsRefusedAndAudited() throws Exception {
        var gene = proxy.browser("gene", PASSWORD);
        long refusedBefore = audits(one, "LIVE_REFUSED", "gene");
        var socket = proxy.connect(gene, false);
        assertThat(socket.session).isNull();
        assertThat(socket.nextError()).contains("X-XSRF-TOKEN");
        for (int i = 0; i < 50 && audits(one, "LIVE_REFUSED", "gene") == refusedBefore; i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertThat(audits(one, "LIVE_REFUSED", "gene")).isEqualTo(refusedBefore + 1);
    }

    /**
     * The browser journeys whose requests or news cross instances, in Chromium, through the proxy: live search, the
     * referral inbox and its answer, reconnect and catch up, the notification centre, a session change seen live, a
     * gathering answered live, and a passkey added and used (its challenge in the shared session, its origin the
     * proxy's). The other three (the facilitator's views, accessibility, a fresh start) read what any instance serves.
     */
    @Test
    @Order(7)
    @Tag("browser")
    void theLiveBrowserJourneysRunThroughTheProxy() throws Exception {
        var chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        var why = !Files.isExecutable(chromium) ? chromium + " is missing (apt-get install -y chromium)"
                : !Files.exists(Path.of("target", "classes", "static", "index.html"))
                        ? "the web app is not built into target/classes/static" : null;
        if (why != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        var command = new ProcessBuilder("node", "e2e/journeys.mjs", "capacity", "referral", "reconnect",
                "notificationCentre", "sessionChange", "gathering", "passkeys")
                .directory(Path.of("frontend").toFile()).redirectErrorStream(true);
        command.environment().put("BASE_URL", "http://localhost:" + nginx.port);
        command.environment().put("SCREENSHOTS_DIR", Path.of("target", "screenshots", "several-instances")
                .toAbsolutePath().toString());
        command.environment().put("CHROMIUM", chromium.toString());
        var process = command.start();
        var output = new StringBuffer();
        var reader = Thread.ofVirtual().start(() -> process.inputReader().lines().forEach(line -> {
            System.out.println(line);
            output.append(line).append('\n');
        }));
        if (!process.waitFor(6, MINUTES)) {
            process.destroyForcibly();
            fail("the journeys did not finish in 6 minutes:%n%s", output);
        }
        reader.join(5_000);
        assertThat(process.exitValue()).as("journeys through the proxy failed:%n%s", output).isZero();
    }

    @Test
    @Order(8)
    void whenAnInstanceStopsThePersonStaysSignedInTheirSocketReconnectsToTheOtherAndCatchesUp() throws Exception {
        requestsPerSecond(); // warm-up: the JIT, the connection pools
        double twoInstances = requestsPerSecond();
        var amira = proxy.browser("amira", PASSWORD);
        var gene = proxy.browser("gene", PASSWORD);
        var onBoth = socketsOnBothInstancesListening(amira);
        var onOne = onBoth.get("one");
        var stays = onBoth.get("two");

        // instance one stops (SIGTERM-like: Boot's graceful shutdown) while everything else carries on
        Instant stopping = Instant.now();
        var stop = Thread.ofVirtual().start(one::close);
        for (int i = 0; i < 500 && onOne.listener.lostAt == null; i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        Instant lost = onOne.listener.lostAt;
        assertThat(lost).as("instance one's sockets closed as it stopped").isNotNull();

        // while amira's socket is down, gene moves the referral on, through the proxy
        var current = gene.json("GET", "/api/referrals/" + referralId, null);
        var attending = gene.send("POST", "/api/referrals/" + referralId + "/status", """
                {"status": "ATTENDING", "version": %d}""".formatted(current.get("version").asInt()));
        assertThat(attending.statusCode()).as(attending.body()).isLessThan(300);

        // her web app reconnects (after its 2 s delay; here at once) through the proxy, which finds instance two
        LiveClients.Inbox again = null;
        for (int attempt = 0; attempt < 50 && again == null; attempt++) {
            var socket = proxy.connect(amira);
            if (socket.session != null) {
                again = socket.subscribe("/user/queue/referrals");
            } else {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        Instant liveAgain = Instant.now();
        stop.join();
        Instant stopped = Instant.now();
        assertThat(again).as("reconnected through the proxy").isNotNull();
        assertThat(again.confirmed).isTrue();

        var session = amira.send("GET", "/api/session", null);
        assertThat(session.statusCode()).as("still signed in").isEqualTo(200);
        assertThat(session.headers().firstValue(INSTANCE)).hasValue("two");
        // catching up, as the web app does after a reconnect (its queries are fetched again): nothing is lost
        assertThat(amira.json("GET", "/api/referrals/" + referralId, null).get("status").asString())
                .isEqualTo("ATTENDING");
        assertThat(stays.inbox.next("referral.status").get("data").get("to").asString())
                .as("the socket that stayed up heard it live").isEqualTo("ATTENDING");
        var next = amira.send("POST", "/api/referrals", referral("E2E-MULTI-2"));
        assertThat(next.statusCode()).as(next.body()).isLessThan(300);
        assertThat(again.next("referral.made").get("data").get("referralId").asString())
                .isEqualTo(LiveClients.JSON.readTree(next.body()).get("id").asString());

        double oneInstance = requestsPerSecond();
        memory.put("redis-server", redis.rssMib());
        memory.put("nginx (master and worker)", nginx.rssMib());
        System.out.printf("[several instances] requests/s through the proxy: two instances %.0f, one instance %.0f,"
                        + " ratio %.2f%n", twoInstances, oneInstance, twoInstances / oneInstance);
        System.out.printf("[several instances] instance one took %d ms to stop; its sockets closed %d ms after the stop"
                        + " began; live again on instance two (CONNECTED, subscription confirmed) %d ms after the"
                        + " socket closed, one change made through the proxy in between%n",
                Duration.between(stopping, stopped).toMillis(), Duration.between(stopping, lost).toMillis(),
                Duration.between(lost, liveAgain).toMillis());
    }

    /** amira's sockets through the proxy until there is one on each instance, each listening to her referrals. */
    private static Map<String, LiveClients.Inbox> socketsOnBothInstances(LiveClients.Browser browser) throws Exception {
        var inboxes = new LinkedHashMap<String, LiveClients.Inbox>();
        for (var socket : socketsOnBothInstancesListening(browser).entrySet()) {
            inboxes.put(socket.getKey(), socket.getValue().inbox);
        }
        return inboxes;
    }

    record Socket(LiveClients.Listener listener, LiveClients.Inbox inbox) {
    }

    private static Map<String, Socket> socketsOnBothInstancesListening(LiveClients.Browser browser) throws Exception {
        var sockets = new LinkedHashMap<String, Socket>();
        for (int i = 0; i < 6 && sockets.size() < 2; i++) {
            long onOne = socketsOpened(one);
            var listener = proxy.connect(browser);
            assertThat(listener.session).as("connected through the proxy").isNotNull();
            var inbox = listener.subscribe("/user/queue/referrals");
            sockets.putIfAbsent(socketsOpened(one) > onOne ? "one" : "two", new Socket(listener, inbox));
        }
        assertThat(sockets).as("sockets through the proxy landed on both instances").containsOnlyKeys("one", "two");
        return sockets;
    }

    /** How many sockets an instance has ever opened (its own STOMP statistics). */
    private static long socketsOpened(ConfigurableApplicationContext instance) {
        return instance.getBean(WebSocketMessageBrokerStats.class).getWebSocketSessionStats().getTotalSessions();
    }

    /**
     * Public reads of the network summary through the proxy by 16 clients for 4 s (after 2 s of warm-up), in
     * requests per second: the load generator shares the machine's two cores with the instances.
     */
    private static double requestsPerSecond() throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port + "/api/network/summary"))
                .timeout(Duration.ofSeconds(10)).build();
        var done = new AtomicLong();
        var failed = new AtomicLong();
        long warmUpEnds = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long ends = warmUpEnds + Duration.ofSeconds(4).toNanos();
        var workers = new ArrayList<Thread>();
        for (int i = 0; i < 16; i++) {
            workers.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < ends) {
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (System.nanoTime() > warmUpEnds) {
                            (status == 200 ? done : failed).incrementAndGet();
                        }
                    } catch (Exception ex) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (var worker : workers) {
            worker.join();
        }
        assertThat(failed.get()).as("failed requests under load").isZero();
        return done.get() / 4.0;
    }

    private static HttpResponse<String> signIn(LiveClients.Browser browser, String username, String password)
            throws Exception {
        return browser.send("POST", "/api/session", """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
    }

    /** A request with exactly the cookies and CSRF header given, as an attacker (or a stale browser) sends it. */
    private static HttpResponse<String> raw(int port, String method, String path, String json, String cookies,
                                            String csrf) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Cookie", cookies).header("X-XSRF-TOKEN", csrf).timeout(Duration.ofSeconds(20));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String referral(String reference) {
        return """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Keen to meet people.",
                 "participant": {"reference": "%s", "contact": "Phone",
                   "consent": {"given": true, "recordedBy": "Amira", "recordedAt": "2026-11-01T10:15:00Z"}}}"""
                .formatted(WALK, reference);
    }

    private static long audits(ConfigurableApplicationContext instance, String kind, String actor) {
        return instance.getBean(Neo4jClient.class)
                .query("MATCH (e:AuditEvent {kind: $kind, actor: $actor}) RETURN count(e)")
                .bind(kind).to("kind").bind(actor).to("actor").fetchAs(Long.class).one().orElseThrow();
    }

    private static long count(ConfigurableApplicationContext instance, String cypher) {
        return instance.getBean(Neo4jClient.class).query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private static String name(ConfigurableApplicationContext instance) {
        return instance == one ? "one" : "two";
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
