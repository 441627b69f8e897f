package org.hedgerow;

import org.hedgerow.core.Version;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API benchmarks share: the app started as in production on a benchmark store, requests over HTTP (signed
 * in or not), latency percentiles as table cells, and a statement's profiled plan.
 */
public final class Benchmarks {

    public static final String PASSWORD = "benchmark password 1";
    public static final String ADMIN = "bench-admin";
    /** Acts as the synthetic network's first link worker, {@code syn-lw-0}. */
    public static final String LINK_WORKER = "bench-link-worker";

    private Benchmarks() {
    }

    /**
     * The app as it runs in production (embedded Neo4j, Tomcat, security, JSON) on {@code store}, on a free port,
     * without the demo network, logging warnings only; {@code settings} add to or override that.
     */
    public static ConfigurableApplicationContext start(Path store, String... settings) {
        var arguments = new ArrayList<>(List.of("--hedgerow.neo4j.embedded.data-dir=" + store.toAbsolutePath(),
                "--hedgerow.demo.enabled=false", "--server.port=0", "--logging.level.root=warn",
                // The synthetic stores have no optional keys that a real directory has (ages, websites): each
                // statement naming one logs Neo4j's "property key does not exist" with its whole text (44 MB in one
                // feed benchmark), which would be timed too.
                "--logging.level.org.springframework.data.neo4j.cypher.unrecognized=error"));
        arguments.addAll(List.of(settings));
        return SpringApplication.run(HedgerowApplication.class, arguments.toArray(String[]::new));
    }

    /**
     * {@link #start} on a store with the synthetic network and its referrals, which the app grows first where they
     * are missing (logged); page cache {@code benchmark.pageCache}, by default 1GB.
     */
    public static ConfigurableApplicationContext startWithReferrals(Path store, int activities, long referrals,
                                                                    String... settings) {
        var all = new ArrayList<>(List.of(
                "--hedgerow.neo4j.embedded.page-cache=" + System.getProperty("benchmark.pageCache", "1GB"),
                "--hedgerow.synthetic.activities=" + activities, "--hedgerow.synthetic.referrals=" + referrals,
                "--logging.level.org.hedgerow.demo=info"));
        all.addAll(List.of(settings));
        return start(store, all.toArray(String[]::new));
    }

    /**
     * {@value #ADMIN}, and a provider and a facilitator too, as any real store has: without an ACTS_AS or FACILITATES
     * edge anywhere, every statement naming them logs a planner warning, which would be timed as well.
     */
    public static void openAccounts(ConfigurableApplicationContext app) {
        app.getBean(AccountProvisioning.class).openDemoAccounts(List.of(
                new NewAccount(ADMIN, "Benchmark", Role.ADMIN, null, null, PASSWORD),
                new NewAccount("bench-provider", "Organiser 0", Role.PROVIDER, "syn-org-0", null, PASSWORD),
                new NewAccount("bench-facilitator", "Facilitator", Role.FACILITATOR, null, "SYN-P0", PASSWORD),
                new NewAccount(LINK_WORKER, "Link worker 0", Role.LINK_WORKER, "syn-lw-0", null, PASSWORD)),
                PASSWORD);
    }

    /** An account's id (e.g. {@value #ADMIN}'s), for running a statement raw or profiled as the API runs it. */
    public static String accountId(Neo4jClient neo4j, String username) {
        return neo4j.query("MATCH (a:Account {username: $username}) RETURN a.id").bind(username).to("username")
                .fetchAs(String.class).one().orElseThrow();
    }

    public static long count(Neo4jClient neo4j, String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    public static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** GETs to the app on 127.0.0.1, anonymous until {@link #signIn}. */
    public static final class Http {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private String cookies;
        private String csrf;

        public Http(ConfigurableApplicationContext app) {
            this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        }

        /** {@code http://127.0.0.1:<port>} */
        public String base() {
            return base;
        }

        /** Signs in as {@code username} (password {@link #PASSWORD}) the way the web app does, CSRF token first. */
        public Http signIn(String username) throws IOException, InterruptedException {
            var hello = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            csrf = cookie(hello, "XSRF-TOKEN");
            var signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").header("Cookie", "XSRF-TOKEN=" + csrf)
                    .header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"username": "%s", "password": "%s"}""".formatted(username, PASSWORD))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
            String session = cookie(signedIn, "JSESSIONID");
            // Signing in replaces the CSRF token (Spring Security); the next answer carries the new one.
            var after = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
            csrf = after.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("XSRF-TOKEN="))
                    ? cookie(after, "XSRF-TOKEN") : csrf;
            cookies = "JSESSIONID=" + session + "; XSRF-TOKEN=" + csrf;
            return this;
        }

        /** A request to {@code url} with this client's session and CSRF token, as the web app sends it. */
        public HttpRequest.Builder request(String url) {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (cookies != null) {
                request.header("Cookie", cookies).header("X-XSRF-TOKEN", csrf);
            }
            return request;
        }

        /** A JSON {@code POST} to {@code url}, signed in. */
        public HttpRequest post(String url, String json) {
            return request(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        public HttpClient client() {
            return client;
        }

        /** The {@code Cookie} header this client sends once signed in: its session and CSRF cookies. */
        public String cookies() {
            return cookies;
        }

        public String csrf() {
            return csrf;
        }

        /** The body of a 200 answer to {@code GET url}; anything else fails the benchmark. */
        public String get(String url) throws IOException, InterruptedException {
            var response = client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " for " + url + ": " + response.body());
            }
            return response.body();
        }

        private static String cookie(HttpResponse<?> response, String name) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElseThrow();
        }
    }

    /** Request times in milliseconds: the median, 95th and 99th percentile, the slowest and the mean. */
    public record Latencies(double p50, double p95, double p99, double max, double mean) {

        public static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return new Latencies(ms(sorted[n / 2]), ms(sorted[n * 95 / 100]), ms(sorted[n * 99 / 100]),
                    ms(sorted[n - 1]), ms((long) Arrays.stream(sorted).average().orElse(0)));
        }

        /** The five as markdown table cells, {@code p50 | p95 | p99 | max | mean}, each formatted with {@code format}. */
        public String cells(String format) {
            return Arrays.stream(new double[] {p50, p95, p99, max, mean}).mapToObj(format::formatted)
                    .collect(Collectors.joining(" | "));
        }
    }

    /**
     * The floor under an API figure: the same statement with the same parameters, straight through the driver (one
     * managed transaction each, every record read), one at a time, after {@code warmUp} unmeasured runs of the first.
     */
    public static Latencies raw(ConfigurableApplicationContext app, String cypher, List<Map<String, Object>> parameters,
                                int warmUp) {
        var driver = app.getBean(Driver.class);
        for (int i = 0; i < warmUp; i++) {
            driver.executableQuery(cypher).withParameters(parameters.get(i % parameters.size())).execute();
        }
        long[] nanos = new long[parameters.size()];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            driver.executableQuery(cypher).withParameters(parameters.get(i)).execute();
            nanos[i] = System.nanoTime() - started;
        }
        return Latencies.of(nanos);
    }

    /** A statement run once with PROFILE: its database hits in all, and its plan in a fenced block, one operator a line. */
    public record Profile(long dbHits, String plan) {
    }

    public static Profile profile(ConfigurableApplicationContext app, String cypher, Map<String, Object> parameters) {
        try (var session = app.getBean(Driver.class).session()) {
            var profiled = session.run("PROFILE " + cypher, parameters).consume().profile();
            var plan = new StringBuilder("```\n");
            describe(profiled, 0, plan);
            return new Profile(totalHits(profiled), plan.append("```\n").toString());
        }
    }

    private static void describe(ProfiledPlan plan, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(plan.operatorType().replace("@neo4j", ""))
                .append("  rows=").append(plan.records()).append(" hits=").append(plan.dbHits());
        if (plan.arguments().containsKey("Details")) {
            String details = plan.arguments().get("Details").asString();
            out.append("  ").append(details.length() > 140 ? details.substring(0, 140) + "…" : details);
        }
        out.append('\n');
        plan.children().forEach(child -> describe(child, depth + 1, out));
    }

    private static long totalHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(Benchmarks::totalHits).sum();
    }
}
