package org.hedgerow.openreferral;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.hedgerow.BenchmarkFigures;
import org.hedgerow.Benchmarks;
import org.hedgerow.Benchmarks.Http;
import org.hedgerow.Benchmarks.Latencies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.neo4j.core.Neo4jClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgerow.Benchmarks.count;

/**
 * A page of the Open Referral UK feed at the API on the national-scale store, filter by filter: the app is started as
 * in production, warmed up, then asked {@value #REQUESTS} times per scenario, one request at a time, over HTTP. The
 * budget (DESIGN.md) is p95 ≤ 50 ms for a page of {@code /services} with any filters; the figure is the worst
 * scenario's p95. Not part of the normal build (tag {@code benchmark}); {@code ./bench openreferral} runs it on a copy
 * of the cached store, or by hand:
 * <pre>
 * ./mvnw -Pbenchmark test -Dtest=OpenReferralBenchmark -Dbenchmark.store=/tmp/national
 * </pre>
 * ({@code benchmark.activities}, default 100,000: the synthetic network the app grows into the store if missing.)
 */
@Tag("benchmark")
class OpenReferralBenchmark {

    static final int ACTIVITIES = Integer.getInteger("benchmark.activities", 100_000);
    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 200);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 500);
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final List<String> WORDS = List.of("walk", "choir", "garden", "craft", "yoga", "coffee", "singing");
    private static final List<String> POSTCODES = List.of("DE1", "DE22", "DE56", "DE7", "DE4", "S41", "NG10", "SK17");

    private final SplittableRandom random = new SplittableRandom(18);

    @Test
    void aPageOfTheFeedAtTheApi() throws Exception {
        Path store = Path.of(System.getProperty("benchmark.store", "target/benchmark-store"));
        try (var app = Benchmarks.start(store, "--hedgerow.neo4j.embedded.page-cache=512MB",
                "--hedgerow.synthetic.activities=" + ACTIVITIES)) {
            var neo4j = app.getBean(Neo4jClient.class);
            neo4j.query("CALL db.awaitIndexes(600)").run();
            long activities = count(neo4j, "MATCH (a:Activity) RETURN count(a)");
            assertThat(activities).isGreaterThanOrEqualTo(ACTIVITIES);
            var http = new Http(app);
            String base = http.base() + "/openreferral";
            long pages = (activities + Paging.DEFAULT_PER_PAGE - 1) / Paging.DEFAULT_PER_PAGE;
            var groups = neo4j.query("MATCH (g:Group) RETURN g.id AS id LIMIT 2000").fetchAs(String.class).all()
                    .stream().map(PublicIds.ORGANIZATION::of).toList();
            var categories = neo4j.query("MATCH (c:Category) RETURN c.code AS code").fetchAs(String.class).all()
                    .stream().map(PublicIds.CATEGORY::of).toList();
            var json = JsonMapper.builder().build();
            var serviceIds = new ArrayList<String>();
            json.readTree(http.get(base + "/services?page=" + (pages / 2))).path("contents")
                    .forEach(service -> serviceIds.add(service.path("id").asString()));
            String monthAgo = ZonedDateTime.now(ZoneOffset.UTC).minusDays(30).toString();

            var scenarios = new LinkedHashMap<String, IntFunction<String>>();
            scenarios.put("/services, first page", i -> "/services");
            scenarios.put("/services, any page", i -> "/services?page=" + (1 + random.nextLong(pages)));
            scenarios.put("/services, last page", i -> "/services?page=" + pages);
            scenarios.put("/services?search", i -> "/services?search=" + WORDS.get(i % WORDS.size()));
            scenarios.put("/services?taxonomy_term_id", i -> "/services?taxonomy_term_id="
                    + categories.get(i % categories.size()));
            scenarios.put("/services?taxonomy_id (needs)", i -> "/services?taxonomy_id=" + Taxonomies.NEEDS_ID);
            scenarios.put("/services?organization_id", i -> "/services?organization_id=" + groups.get(i % groups.size()));
            scenarios.put("/services?postcode&proximity=5000", i -> "/services?proximity=5000&postcode="
                    + POSTCODES.get(i % POSTCODES.size()));
            scenarios.put("/services?modified_after (30 days)", i -> "/services?modified_after="
                    + URLEncoder.encode(monthAgo, StandardCharsets.UTF_8));
            scenarios.put("/services?day&start_time", i -> "/services?day=" + DAYS.get(i % DAYS.size())
                    + "&start_time=10:00");
            scenarios.put("/services?minimum_age&maximum_age", i -> "/services?minimum_age=18&maximum_age=99");
            scenarios.put("/services?search&taxonomy_term_id&day", i -> "/services?search=" + WORDS.get(i % WORDS.size())
                    + "&day=" + DAYS.get(i % DAYS.size()) + "&taxonomy_term_id=" + categories.get(i % categories.size()));
            scenarios.put("/service_at_locations, any page", i -> "/service_at_locations?page="
                    + (1 + random.nextLong(pages)));
            scenarios.put("/organizations, any page", i -> "/organizations?page=" + (1 + random.nextLong(100)));
            scenarios.put("/services/{id}", i -> "/services/" + serviceIds.get(i % serviceIds.size()));

            var report = new StringBuilder("""
                    # Open Referral UK feed on %,d activities: latency at the API

                    %d requests per scenario after %d warm-up requests each, one at a time over HTTP, pages of %d; \
                    %d CPUs.

                    | scenario | p50 ms | p95 ms | p99 ms | max ms | mean ms |
                    |---|---:|---:|---:|---:|---:|
                    """.formatted(activities, REQUESTS, WARM_UP, Paging.DEFAULT_PER_PAGE,
                    Runtime.getRuntime().availableProcessors()));
            double worstPage = 0;
            for (var scenario : scenarios.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    http.get(base + scenario.getValue().apply(i));
                }
                long[] nanos = new long[REQUESTS];
                for (int i = 0; i < REQUESTS; i++) {
                    String url = base + scenario.getValue().apply(i);
                    long started = System.nanoTime();
                    http.get(url);
                    nanos[i] = System.nanoTime() - started;
                }
                var latencies = Latencies.of(nanos);
                report.append("| %s | %s |%n".formatted(scenario.getKey(), latencies.cells("%.1f")));
                if (scenario.getKey().startsWith("/services") && !scenario.getKey().equals("/services/{id}")) {
                    worstPage = Math.max(worstPage, latencies.p95());
                }
                BenchmarkFigures.extra("ORUK feed: " + scenario.getKey() + ", " + activities + " activities", "p95", "ms",
                        latencies.p95(), null);
            }
            BenchmarkFigures.atMost("ORUK feed page (/services, any filters), worst scenario, " + activities
                    + " activities", "p95", 50, "ms", worstPage, null);
            System.out.println(report);
        }
    }
}
