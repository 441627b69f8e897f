package org.hedgerow.insights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.hedgerow.BenchmarkFigures;
import org.hedgerow.Benchmarks;
import org.hedgerow.Benchmarks.Http;
import org.hedgerow.Benchmarks.Latencies;
import org.hedgerow.core.Period;
import org.hedgerow.graphdb.EmbeddedNeo4j;
import org.hedgerow.graphdb.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgerow.Benchmarks.count;

/**
 * Insights latency at the API on a store of 100,000 activities and 1,000,000 referrals: the app is started as in
 * production (embedded Neo4j, Tomcat, security, JSON), an admin signs in over HTTP, and the gap map (by category
 * and by need), flows, health, outcomes and link workers' relationships are asked for, and how the 200 busiest
 * activities and groups answer referrals (the listing's responsiveness), one request at a time, for the biggest places (a
 * {@code PLACE}, ~8 localities) and the biggest roots (an {@code ICS}, ~32 localities; the synthetic network has
 * ~40 of them), rotating over the {@value #PLACES} biggest of each. p50/p95/p99 are printed and written to
 * {@code target/benchmark/insights.md}, with the profiled plan of the gap map for the biggest root.
 * Budget (DESIGN.md): gap map p95 ≤ 200 ms.
 *
 * <p>Not part of the normal build (tag {@code benchmark}). Run it on a COPY of a store with the referrals:
 * <pre>
 * cp -a /tmp/referrals-bench /tmp/insights-bench
 * ./mvnw -Pbenchmark test -Dtest=InsightsBenchmark -Dbenchmark.store=/tmp/insights-bench
 * </pre>
 * A store grown before a migration was slotted in between ("Unexpected migration at index ...") needs
 * {@code -Dbenchmark.reapplyMigrations=true} once: the copy's migration history is forgotten and reapplied.
 */
@Tag("benchmark")
class InsightsBenchmark {

    static final int ACTIVITIES = 100_000;
    static final long REFERRALS = Long.getLong("benchmark.referrals", 1_000_000);
    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);
    /** For the views without a budget (flows, health, outcomes, CSV), which take up to a second each at the root. */
    static final int OTHER_REQUESTS = Integer.getInteger("benchmark.otherRequests", 50);
    static final int PLACES = 10;

    @Test
    void insightsLatencyAtTheApiOnAMillionReferrals() throws Exception {
        Path store = Path.of(System.getProperty("benchmark.store", "target/insights-benchmark-store"));
        if (Boolean.getBoolean("benchmark.reapplyMigrations")) {
            forgetMigrationHistory(store);
        }
        try (var app = Benchmarks.startWithReferrals(store, ACTIVITIES, REFERRALS)) {
            var neo4j = app.getBean(Neo4jClient.class);
            long referrals = count(neo4j, "MATCH (r:Referral) RETURN count(r)");
            assertThat(referrals).isGreaterThanOrEqualTo(REFERRALS);
            Benchmarks.openAccounts(app);
            var http = new Http(app).signIn(Benchmarks.ADMIN);
            String base = http.base();
            var places = biggest(neo4j, "PLACE");
            var roots = biggest(neo4j, "ICS");
            var groups = neo4j.query("""
                    MATCH (g:Group)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral) WHERE g.id STARTS WITH 'syn-grp-'
                    WITH g, count(r) AS referrals ORDER BY referrals DESC LIMIT 200 RETURN g.id""")
                    .fetchAs(String.class).all().stream().toList();
            var activities = neo4j.query("""
                    MATCH (a:Activity)<-[:TO]-(r:Referral) WHERE a.id STARTS WITH 'syn-act-'
                    WITH a, count(r) AS referrals ORDER BY referrals DESC LIMIT 200 RETURN a.id""")
                    .fetchAs(String.class).all().stream().toList();

            var report = new StringBuilder("""
                    # Insights on %,d activities and %,d referrals: latency at the API

                    %d requests per gap-map scenario (%d for the others) after %d warm-up requests, one at a time over HTTP on 127.0.0.1, signed \
                    in as an admin, rotating over the %d biggest places of the kind; default period (the last 12 \
                    months: about half the referrals); %s; %d CPUs. Biggest PLACE: %s (%s activities); biggest ICS: \
                    %s (%s activities).

                    | scenario | p50 ms | p95 ms | p99 ms | max ms | mean ms | response KB | raw Cypher p95 ms | API/raw |
                    |---|---:|---:|---:|---:|---:|---:|---:|---:|
                    """.formatted(count(neo4j, "MATCH (a:Activity) RETURN count(a)"), referrals, REQUESTS, OTHER_REQUESTS,
                    WARM_UP, PLACES, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    places.getFirst(), activitiesIn(neo4j, places.getFirst()), roots.getFirst(),
                    activitiesIn(neo4j, roots.getFirst())));
            Map<String, Function<String, String>> scenarios = new java.util.LinkedHashMap<>();
            scenarios.put("gap map by category, PLACE", p -> "/api/insights/gaps?by=category&locality=" + p);
            scenarios.put("gap map by need, PLACE", p -> "/api/insights/gaps?by=need&locality=" + p);
            scenarios.put("gap map by category, ICS (root)", p -> "/api/insights/gaps?by=category&locality=" + p);
            scenarios.put("gap map by need, ICS (root)", p -> "/api/insights/gaps?by=need&locality=" + p);
            scenarios.put("flows, PLACE", p -> "/api/insights/flows?locality=" + p);
            scenarios.put("flows, ICS (root)", p -> "/api/insights/flows?locality=" + p);
            scenarios.put("(extra) flows of one of the 200 busiest groups", p -> "/api/insights/flows?group=" + p);
            scenarios.put("(extra) health, PLACE", p -> "/api/insights/health?locality=" + p);
            scenarios.put("(extra) health, ICS (root)", p -> "/api/insights/health?locality=" + p);
            scenarios.put("(extra) outcomes, PLACE", p -> "/api/insights/outcomes?locality=" + p);
            scenarios.put("(extra) outcomes, ICS (root)", p -> "/api/insights/outcomes?locality=" + p);
            scenarios.put("(extra) gap map CSV by category, ICS (root)", p -> "/api/insights/gaps.csv?locality=" + p);
            scenarios.put("link workers' relationships, PLACE", p -> "/api/insights/relationships?locality=" + p);
            scenarios.put("link workers' relationships, ICS (root)", p -> "/api/insights/relationships?locality=" + p);
            scenarios.put("listing responsiveness of one of the 200 busiest activities",
                    p -> "/api/activities/" + p + "/responsiveness");
            scenarios.put("listing responsiveness of one of the 200 busiest groups",
                    p -> "/api/groups/" + p + "/responsiveness");
            String only = System.getProperty("benchmark.only", "");
            String adminId = Benchmarks.accountId(neo4j, Benchmarks.ADMIN);
            for (var scenario : scenarios.entrySet()) {
                String name = scenario.getKey();
                if (!name.contains(only)) {
                    continue;
                }
                var ids = name.contains("activities") ? activities : name.contains("group") ? groups
                        : name.contains("ICS") ? roots : places;
                long[] nanos = new long[name.startsWith("gap map by") ? REQUESTS : OTHER_REQUESTS];
                double kb = measure(http, name, ids, id -> base + scenario.getValue().apply(id), nanos);
                var api = Latencies.of(nanos);
                Latencies raw = null;
                if (name.startsWith("gap map by")) {
                    var axis = name.contains("need") ? GapAxis.NEED : GapAxis.CATEGORY;
                    raw = Benchmarks.raw(app, GapMaps.statement(axis), IntStream.range(0, REQUESTS)
                            .mapToObj(i -> gapMapParameters(adminId, ids.get(i % ids.size()))).toList(), WARM_UP);
                    BenchmarkFigures.atMost("gap map by %s for %s, 100k activities / 1M referrals".formatted(
                            axis.name().toLowerCase(java.util.Locale.ROOT), name.contains("ICS")
                                    ? "the largest area (the ICS, root)" : "a large place (PLACE)"),
                            "p95", 200, "ms", api.p95(), raw.p95());
                }
                else if (!name.startsWith("(extra)")) {
                    BenchmarkFigures.extra(name.replace("flows, ", "flow map for ") + ", 1M referrals", "p95", "ms",
                            api.p95(), null);
                }
                report.append("| %s | %s | %.0f | %s | %s |%n".formatted(name, api.cells("%.1f"), kb,
                        raw == null ? "" : "%.1f".formatted(raw.p95()),
                        raw == null ? "" : "%.1f×".formatted(api.p95() / raw.p95())));
            }
            report.append("\n## Profiled: gap map by category for ").append(roots.getFirst()).append('\n');
            var parameters = gapMapParameters(adminId, roots.getFirst());
            report.append(profile(Benchmarks.profile(app, GapMaps.statement(GapAxis.CATEGORY), parameters)));
            report.append("\n## Profiled: gap map by need for ").append(roots.getFirst()).append('\n');
            report.append(profile(Benchmarks.profile(app, GapMaps.statement(GapAxis.NEED), parameters)));
            var file = Path.of("target", "benchmark", "insights.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println(report);
        }
    }

    /**
     * For a store made by a branch that lacked a migration added in between since (its history then no longer
     * matches): forget the history, so that every migration (all {@code IF NOT EXISTS}) is applied again in order.
     * Only ever on a copy of a store.
     */
    private static void forgetMigrationHistory(Path store) {
        try (var dbms = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(store.toAbsolutePath(), 0,
                DataSize.ofMegabytes(256), false));
             var driver = GraphDatabase.driver(dbms.boltUri(), AuthTokens.basic(dbms.username(), dbms.password()));
             var session = driver.session()) {
            long forgotten = session.run("""
                    MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration' OR label = '__HedgerowSchema')
                    DETACH DELETE n RETURN count(*) AS forgotten""").single().get("forgotten").asLong();
            System.out.println("Forgot " + forgotten + " migration history nodes in " + store);
        }
    }

    /** The codes of the {@value #PLACES} localities of this kind with the most activities within them. */
    private static List<String> biggest(Neo4jClient neo4j, String kind) {
        return neo4j.query("""
                MATCH (p:Locality {kind: $kind}) WHERE p.code STARTS WITH 'SYN-'
                WITH p, COUNT { (p)<-[:WITHIN*0..]-(:Locality)<-[:IN]-(:Venue)<-[:HELD_AT]-(:Activity) } AS activities
                ORDER BY activities DESC, p.code LIMIT $limit
                RETURN p.code""").bind(kind).to("kind").bind(PLACES).to("limit")
                .fetchAs(String.class).all().stream().toList();
    }

    private static long activitiesIn(Neo4jClient neo4j, String code) {
        return neo4j.query("""
                MATCH (:Locality {code: $code})<-[:WITHIN*0..]-(:Locality)<-[:IN]-(:Venue)<-[:HELD_AT]-(a:Activity)
                RETURN count(a)""").bind(code).to("code").fetchAs(Long.class).one().orElseThrow();
    }

    /** Times {@code nanos.length} requests into {@code nanos}, after warming up; returns the mean answer in KB. */
    private static double measure(Http http, String name, List<String> ids, Function<String, String> url,
                                  long[] nanos) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            http.get(url.apply(ids.get(i % ids.size())));
        }
        long bytes = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            bytes += http.get(url.apply(ids.get(i % ids.size()))).length();
            nanos[i] = System.nanoTime() - t;
        }
        // Progress only: ./bench collects the lines starting with '|', and the table is printed whole at the end.
        System.out.printf("measured %s: p95 %.1f ms%n", name, Latencies.of(nanos).p95());
        return bytes / 1024.0 / nanos.length;
    }

    /** The parameters the API binds for a gap map of {@code place} over the default period (the last 12 months). */
    private static Map<String, Object> gapMapParameters(String accountId, String place) {
        var period = Period.of(null, null, Clock.systemUTC());
        var parameters = new java.util.HashMap<String, Object>(GapMaps.months(period));
        parameters.putAll(Map.of("accountId", accountId, "place", place, "from", period.start(), "to", period.end(),
                "biggest", GapMaps.BIGGEST_GAPS, "nearMetres", GapMaps.NEAR_KM * 1000.0));
        return parameters;
    }

    private static String profile(Benchmarks.Profile profile) {
        return "%d db hits%n".formatted(profile.dbHits()) + profile.plan();
    }
}
