package org.hedgerow.imports;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import of a generated 10k-service feed (100 pages of 100, 500 organizations, 1,000 locations) from a local
 * server: services per second for the dry run and for applying, and the heap the whole test JVM (app and in-process
 * Neo4j) used. A measure, not a timed test: run with {@code -Dhedgerow.bench.import=true}; figures go to
 * {@code target/import-bench.txt}.
 */
@EnabledIfSystemProperty(named = "hedgerow.bench.import", matches = "true")
class ImportBench extends ImportTest {

    static final int SERVICES = Integer.getInteger("hedgerow.bench.import.services", 10_000);
    static final int PER_PAGE = 100;

    static String page(int page) {
        int pages = (SERVICES + PER_PAGE - 1) / PER_PAGE;
        var items = new ArrayList<String>();
        for (int i = (page - 1) * PER_PAGE; i < Math.min(SERVICES, page * PER_PAGE); i++) {
            items.add(service(i));
        }
        return """
                {"total_items": %d, "total_pages": %d, "page_number": %d, "size": %d, "first_page": %b,
                 "last_page": %b, "empty": %b, "contents": [%s]}""".formatted(SERVICES, pages, page, items.size(),
                page == 1, page >= pages, items.isEmpty(), String.join(",", items));
    }

    static String service(int i) {
        int org = i % 500;
        int location = i % 1000;
        String[] days = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        return """
                {"id": "svc-%d", "name": "Generated activity %d", "status": "active",
                 "description": "A generated service for the import bench, number %d.",
                 "url": "https://example.org/services/%d", "email": "svc%d@example.org",
                 "minimum_age": 18,
                 "organization": {"id": "org-%d", "name": "Generated group %d", "description": "Runs things",
                                  "website": "https://example.org/orgs/%d"},
                 "service_at_locations": [{"id": "sal-%d", "location": {"id": "loc-%d", "location_type": "physical",
                     "name": "Generated hall %d", "latitude": %.5f, "longitude": %.5f,
                     "addresses": [{"id": "adr-%d", "address_1": "%d High Street", "city": "Belper",
                                    "postal_code": "DE56 1AB", "country": "GB"}]}}],
                 "schedules": [{"id": "sch-%d", "freq": "WEEKLY", "byday": "%s", "opens_at": "10:00", "closes_at": "11:30"}],
                 "cost_options": [{"id": "cost-%d", "amount": 0, "option": "Free"}],
                 "attributes": [{"id": "att-%d", "taxonomy_term": {"id": "term-%d", "name": "Loneliness",
                                 "description": "d", "taxonomy": "needs"}}]}""".formatted(i, i, i, i, i, org, org,
                org, i, location, location, 52.9 + location * 0.0001, -1.5 + location * 0.0001, location, location,
                i, days[i % 7], i, i, i % 20);
    }

    @Test
    void importsATenThousandServiceFeed() throws Exception {
        feeds.generate("generated", ImportBench::page);
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });

        long start = System.nanoTime();
        var id = dryRunUrl("fran", feeds.base("generated"));
        double dryRunSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(counts(view(id)).get("added").asLong()).isEqualTo(SERVICES);
        long peakDryRun = peak.getAndSet(0);

        start = System.nanoTime();
        apply(id);
        double applySeconds = (System.nanoTime() - start) / 1e9;
        long peakApply = peak.get();
        sampler.interrupt();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(SERVICES);
        assertThat(count("MATCH (g:Group) RETURN count(g)")).isEqualTo(500 + 2);

        start = System.nanoTime();
        var again = dryRunUrl("fran", feeds.base("generated"));
        double againSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(counts(view(again)).get("unchanged").asLong()).isEqualTo(SERVICES);

        var figures = """
                ORUK import bench, %d services (100 per page), generated feed on 127.0.0.1, 2 cores shared
                dry run (read + map + plan + save records): %.1f s = %.0f services/s
                apply (one transaction per service, through groups/places/activities): %.1f s = %.0f services/s
                whole import: %.1f s
                re-import dry run (all unchanged): %.1f s = %.0f services/s
                heap used (whole test JVM incl. in-process Neo4j): before %d MB, peak during dry run %d MB, peak during apply %d MB, after GC %d MB; max heap %d MB
                """.formatted(SERVICES, dryRunSeconds, SERVICES / dryRunSeconds, applySeconds, SERVICES / applySeconds,
                dryRunSeconds + applySeconds, againSeconds, SERVICES / againSeconds, baseline >> 20, peakDryRun >> 20,
                peakApply >> 20, after >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        System.out.println(figures);
        Files.writeString(Path.of("target", "import-bench.txt"), figures);
    }
}
