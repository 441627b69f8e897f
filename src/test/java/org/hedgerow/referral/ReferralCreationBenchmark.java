package org.hedgerow.referral;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.hedgerow.BenchmarkFigures;
import org.hedgerow.Benchmarks;
import org.hedgerow.Benchmarks.Http;
import org.hedgerow.Benchmarks.Latencies;
import org.hedgerow.FixedRateLoad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Making referrals, with their live push, on the national store (DESIGN budget: ≥ 500/s sustained, p95 ≤ 20 ms).
 * A link worker signed in over HTTP makes referrals to activities all over the network with
 * {@code POST /api/referrals}, offered at fixed rates (open model: latency from when each was due); the same link
 * worker is connected over STOMP to {@code /user/queue/referrals}, and every referral's {@code referral.made} message
 * is timed from its request's due time and from its commit. The statement that makes a referral is then run as raw
 * Cypher through the driver with the same parameters, one at a time, for the floor.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=ReferralCreationBenchmark -Dbenchmark.store=&lt;copy of the national store&gt;
 *   [-Dbenchmark.rates=50,100,200,500] [-Dbenchmark.loadSeconds=10]</pre>
 */
@Tag("benchmark")
class ReferralCreationBenchmark {

    static final String RATES = System.getProperty("benchmark.rates", "50,100,200,500");
    static final int LOAD_SECONDS = Integer.getInteger("benchmark.loadSeconds", 10);
    static final double BUDGET_RATE = 500;
    static final int RAW_THREADS = 4;
    static final int LOAD_SECONDS_RAW = 10;

    private final Map<String, Instant> pushedAt = new ConcurrentHashMap<>();
    private final Map<String, Instant> committedAt = new ConcurrentHashMap<>();
    /** How many request bodies have been sent, so that every referral is a new one. */
    private int sent;

    @Test
    void referralsMadeWithTheirLivePush() throws Exception {
        Path store = Path.of(System.getProperty("benchmark.store", "target/referral-creation-benchmark-store"));
        try (var app = Benchmarks.startWithReferrals(store, 100_000, 1_000_000)) {
            var neo4j = app.getBean(Neo4jClient.class);
            Benchmarks.openAccounts(app);
            var http = new Http(app).signIn(Benchmarks.LINK_WORKER);
            var activities = neo4j.query("""
                    MATCH (g:Group)-[:RUNS]->(a:Activity) WHERE a.id STARTS WITH 'syn-' AND coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                    RETURN a.id LIMIT 20000""").fetchAs(String.class).all().stream().toList();
            var needs = neo4j.query("MATCH (n:Need) RETURN n.code").fetchAs(String.class).all().stream().toList();
            assertThat(activities).hasSizeGreaterThan(1000);
            var random = new SplittableRandom(7);
            var bodies = new ArrayList<String>();
            for (int i = 0; i < 20_000; i++) {
                bodies.add(body(activities.get(random.nextInt(activities.size())), needs.get(random.nextInt(needs.size())), i));
            }
            listen(http);

            var report = new StringBuilder("""
                    # Making referrals with their live push, on the national store

                    A link worker makes referrals to activities across the network (`POST /api/referrals`, each one \
                    statement plus two audit lines, then read back), offered at fixed rates for %d s each (open model: \
                    latency counted from when each request was due); the same link worker's STOMP session on \
                    `/user/queue/referrals` gets each `referral.made`. %s; %d CPUs.

                    | offered /s | achieved /s | failed | most in flight | p50 ms | p95 ms | p99 ms | max ms | mean ms | push p95 from due ms | push p95 from commit ms | pushes |
                    |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                    """.formatted(LOAD_SECONDS, Runtime.version(), Runtime.getRuntime().availableProcessors()));
            String base = http.base() + "/api/referrals";
            // Warm up gently: a cold JIT and query cache at full rate would queue requests for many seconds.
            for (int rate : new int[] {5, 10, 20, 40}) {
                System.out.println("warm-up: " + load(http, base, bodies, rate, Duration.ofSeconds(5), null).summary());
            }
            FixedRateLoad.Result atBudget = null;
            Latencies pushAtBudget = null;
            for (String rate : RATES.split(",")) {
                var due = new ConcurrentHashMap<String, Long>();
                var result = load(http, base, bodies, Double.parseDouble(rate), Duration.ofSeconds(LOAD_SECONDS), due);
                TimeUnit.SECONDS.sleep(2); // the last pushes
                var fromDue = pushLatencies(due, true);
                var fromCommit = pushLatencies(due, false);
                System.out.println("referral creation: " + result.summary());
                report.append("| %s | %.0f | %d | %d | %s | %.1f | %.1f | %d |%n".formatted(rate, result.achieved(),
                        result.failed(), result.maxInFlight(), result.latencies().cells("%.1f"), fromDue.p95(),
                        fromCommit.p95(), fromDue.count()));
                if (Double.parseDouble(rate) == BUDGET_RATE) {
                    atBudget = result;
                    pushAtBudget = fromDue.latencies();
                }
            }
            var rawParameters = rawParameters(neo4j, activities, needs);
            var raw = raw(app, rawParameters);
            report.append("\nRaw Cypher floor, the same `CREATE` statement through the driver one at a time: p50 %.1f, p95 %.1f, p99 %.1f ms.%n"
                    .formatted(raw.p50(), raw.p95(), raw.p99()));
            double ceiling = rawCeiling(app, rawParameters);
            report.append("Raw Cypher ceiling, the same statement from %d threads back to back for %d s: %.0f referrals/s.%n"
                    .formatted(RAW_THREADS, LOAD_SECONDS_RAW, ceiling));
            if (atBudget != null) {
                BenchmarkFigures.atLeast("referrals made at %.0f/s offered, with live push".formatted(BUDGET_RATE),
                        "sustained", BUDGET_RATE, "/s", atBudget.achieved(), ceiling);
                BenchmarkFigures.atMost("referral made at %.0f/s offered, with live push".formatted(BUDGET_RATE), "p95", 20,
                        "ms", atBudget.latencies().p95(), raw.p95());
                BenchmarkFigures.extra("referral made → link worker's screen at %.0f/s offered".formatted(BUDGET_RATE),
                        "p95", "ms", pushAtBudget.p95(), null);
            }
            var file = Path.of("target", "benchmark", "referral-creation.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println(report);
        }
    }

    /** Sends the next bodies at {@code rate} for {@code duration}; notes each referral's due time in {@code due}. */
    private FixedRateLoad.Result load(Http http, String url, List<String> bodies, double rate, Duration duration,
                                      Map<String, Long> due) throws InterruptedException {
        int first = sent;
        var result = FixedRateLoad.run(http.client(), rate, duration,
                i -> http.post(url, bodies.get((first + i) % bodies.size())), (response, dueNanos) -> {
                    if (due != null) {
                        due.put(field(response.body(), "id"), dueNanos);
                    }
                });
        sent += result.completed() + result.failed();
        return result;
    }

    private record Pushes(Latencies latencies, int count) {
        double p95() {
            return latencies == null ? Double.NaN : latencies.p95();
        }
    }

    /** For each referral made in one step: from its request's due time (or its commit) to its message's arrival. */
    private Pushes pushLatencies(Map<String, Long> due, boolean fromDue) {
        long nowNanos = System.nanoTime();
        var now = Instant.now();
        var nanos = new ArrayList<Long>();
        due.forEach((id, dueNanos) -> {
            var arrived = pushedAt.get(id);
            if (arrived != null) {
                var from = fromDue ? now.minusNanos(nowNanos - dueNanos) : committedAt.get(id);
                nanos.add(Duration.between(from, arrived).toNanos());
            }
        });
        return new Pushes(nanos.isEmpty() ? null : Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray()),
                nanos.size());
    }

    /** The link worker's own STOMP session on {@code /user/queue/referrals}, noting when each referral's news came. */
    private void listen(Http http) throws Exception {
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        var handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", http.cookies());
        var connect = new StompHeaders();
        connect.add("X-XSRF-TOKEN", http.csrf());
        var session = client.connectAsync(URI.create(http.base().replace("http", "ws") + "/ws"), handshake, connect,
                new StompSessionHandlerAdapter() { }).get(10, TimeUnit.SECONDS);
        var headers = new StompHeaders();
        headers.setDestination("/user/queue/referrals");
        headers.setReceipt("referrals");
        var confirmed = new java.util.concurrent.CompletableFuture<Boolean>();
        session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders frame) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders frame, Object payload) {
                var arrived = Instant.now();
                var text = new String((byte[]) payload, StandardCharsets.UTF_8);
                String id = field(text, "referralId");
                pushedAt.put(id, arrived);
                committedAt.put(id, Instant.parse(field(text, "at")));
            }
        }).addReceiptTask(() -> confirmed.complete(true));
        assertThat(confirmed.get(10, TimeUnit.SECONDS)).isTrue();
    }

    /** The same statement the API runs to make a referral, straight through the driver, one at a time. */
    private static Latencies raw(ConfigurableApplicationContext app, List<Map<String, Object>> parameters) {
        return Benchmarks.raw(app, ReferralEdits.CREATE, parameters, 300);
    }

    /**
     * The most referrals the raw statement alone makes per second on this machine: {@value #RAW_THREADS} threads
     * running it back to back through the driver for {@value #LOAD_SECONDS_RAW} s (no HTTP, session, push or
     * notification): the ceiling under the API's rate.
     */
    private static double rawCeiling(ConfigurableApplicationContext app, List<Map<String, Object>> parameters)
            throws Exception {
        var driver = app.getBean(Driver.class);
        var made = new AtomicLong();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS_RAW);
        long started = System.nanoTime();
        var threads = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(RAW_THREADS)) {
            for (int t = 0; t < RAW_THREADS; t++) {
                int first = t;
                threads.add(pool.submit(() -> {
                    for (int i = first; System.nanoTime() < until; i += RAW_THREADS) {
                        driver.executableQuery(ReferralEdits.CREATE)
                                .withParameters(parameters.get(i % parameters.size())).execute();
                        made.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (var thread : threads) {
            thread.get(); // a thread that failed would make the ceiling look lower than it is
        }
        return made.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** The parameters of 2,000 referrals as the API binds them, for the raw statement. */
    private static List<Map<String, Object>> rawParameters(Neo4jClient neo4j, List<String> activities,
                                                           List<String> needs) {
        String accountId = Benchmarks.accountId(neo4j, Benchmarks.LINK_WORKER);
        var random = new SplittableRandom(11);
        var parameters = new ArrayList<Map<String, Object>>();
        var now = ZonedDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 2_000; i++) {
            parameters.add(Map.ofEntries(Map.entry("accountId", accountId),
                    Map.entry("activity", activities.get(random.nextInt(activities.size()))),
                    Map.entry("needs", List.of(needs.get(random.nextInt(needs.size())))),
                    Map.entry("reason", "Benchmark referral (raw)"), Map.entry("reference", "RAW-" + i),
                    Map.entry("referenceHash", PersonalDataErasure.digest("RAW-" + i)),
                    Map.entry("contact", "Phone 07700 900000"), Map.entry("consentRecordedBy", "Benchmark"),
                    Map.entry("consentRecordedAt", now.minusDays(1)), Map.entry("now", now),
                    Map.entry("status", "SENT"), Map.entry("audit", Map.of("at", now, "actor", Benchmarks.LINK_WORKER,
                            "actorRole", "LINK_WORKER", "address", "127.0.0.1"))));
        }
        return parameters;
    }

    private static String body(String activity, String need, int i) {
        return """
                {"activity": "%s", "needs": ["%s"], "reason": "Benchmark referral %d: would like to get out more.",
                 "participant": {"reference": "BENCH-%d", "contact": "Phone 07700 900000, mornings",
                  "consent": {"given": true, "recordedBy": "Benchmark link worker", "recordedAt": "2026-01-01T10:00:00Z"}}}"""
                .formatted(activity, need, i, i);
    }

    /** The first string value of {@code "name":"…"} in {@code json}; a scan, as the answers are small and flat. */
    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }
}
