package org.hedgerow.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.ProblemException;
import org.hedgerow.core.Rows;
import org.hedgerow.imports.ImportStore.ImportStatus;
import org.hedgerow.imports.ImportStore.State;
import org.hedgerow.imports.ListingStore.Feed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports: reads a feed page by page into saved records with their dry-run plans, then (once someone applies
 * it) writes them one service per transaction. Work runs on one background thread per instance; its position is
 * saved with each page and each service, so {@link #resumeUnfinished()} carries on after a restart exactly where it
 * stopped, and a service is never left half-written.
 */
@Component
class Importer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final int PER_PAGE = 100;
    private static final int FILE_CHUNK = 100;

    private static final String PLACE = """
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            OPTIONAL MATCH (l:Locality {code: $locality})
            RETURN l IS NOT NULL AS found, l.code AS code, l.name AS name, l.centre.latitude AS latitude,
                   l.centre.longitude AS longitude,
                   account IS NOT NULL AND (account.role = 'ADMIN' OR (account.role = 'FACILITATOR'
                       AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(l) })) AS mayImport
            """;

    record PlaceCheck(boolean found, @Nullable String code, @Nullable String name, @Nullable Double latitude,
                      @Nullable Double longitude, boolean mayImport) {
    }

    private final ImportStore store;
    private final ListingStore listings;
    private final TermMappings terms;
    private final Planner planner;
    private final ListingWriter writer;
    private final FeedHosts hosts;
    private final FeedClient client;
    private final FeedPages pages;
    private final JsonMapper json;
    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ImportProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "feed-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    Importer(ImportStore store, ListingStore listings, TermMappings terms, Planner planner, ListingWriter writer,
             FeedHosts hosts, FeedClient client, FeedPages pages, JsonMapper json, Neo4jClient neo4j,
             PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
             ImportProperties properties) {
        this.store = store;
        this.listings = listings;
        this.terms = terms;
        this.planner = planner;
        this.writer = writer;
        this.hosts = hosts;
        this.client = client;
        this.pages = pages;
        this.json = json;
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.properties = properties;
    }

    /** Starts a dry run of the feed at {@code url}: checked (host allowed, up, ORUK) before anything is saved. */
    String startFromUrl(String accountId, String username, String locality, String url, @Nullable String name) {
        var place = place(accountId, locality);
        var base = hosts.check(url.strip().replaceAll("/+$", ""));
        var details = client.get(URI.create(base + "/"), false);
        pages.requireOruk(details, base.toString());
        var feed = new Feed(base.toString(), name == null || name.isBlank() ? base.getHost() : name.strip(),
                base.toString());
        var id = store.create(feed, place.code(), accountId, username, null);
        queue(id);
        return id;
    }

    /** Starts a dry run of an uploaded feed: a single service, a page of services, or a list of them. */
    String startFromFile(String accountId, String username, String locality, String name, String content) {
        var place = place(accountId, locality);
        var items = FeedPages.servicesInFile(client.parse(content.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "content", "The file"));
        if (items.isEmpty()) {
            throw new InvalidRequestException("content", "holds no services");
        }
        var feed = new Feed("file:" + name.strip(), name.strip(), null);
        var id = store.create(feed, place.code(), accountId, username, content);
        queue(id);
        return id;
    }

    /** Applies a dry run that is ready; refused (409) in any other state. */
    void apply(String id, String accountId) {
        var state = mayManage(id, accountId);
        if (!store.move(state.id(), List.of(ImportStatus.READY), ImportStatus.APPLYING)) {
            throw new ConflictException("This import is " + state.status().name().toLowerCase()
                    + ": only a finished dry run (READY) can be applied.");
        }
        queue(id);
    }

    State mayManage(String id, String accountId) {
        var state = store.state(id);
        if (state == null) {
            throw new NotFoundException("There is no import " + id + ".");
        }
        if (!state.accountId().equals(accountId)) {
            place(accountId, state.localityCode());
        }
        return state;
    }

    private PlaceCheck place(String accountId, String locality) {
        var place = Rows.fetch(neo4j.query(PLACE).bind(accountId).to("accountId").bind(locality).to("locality"),
                PlaceCheck.class).one().orElseThrow();
        if (!place.found()) {
            throw new InvalidRequestException("locality", "is not a locality we know: " + locality);
        }
        if (!place.mayImport()) {
            throw new ForbiddenException("A facilitator may import feeds into their own place only; admins anywhere.");
        }
        return place;
    }

    private void queue(String id) {
        if (queued.add(id)) {
            worker.execute(() -> {
                try {
                    run(id);
                } catch (RuntimeException failed) {
                    log.warn("Import {} stopped", id, failed);
                    store.fail(id, "import-failed", "The import stopped: " + failed.getMessage());
                    progress(id, ImportStatus.FAILED, 0, 0);
                } finally {
                    queued.remove(id);
                }
            });
        }
    }

    /** Carries on every import a restart interrupted, from where its saved state says it was. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (var id : store.unfinished()) {
            log.info("Resuming import {}", id);
            queue(id);
        }
    }

    private void run(String id) {
        var state = store.state(id);
        if (state == null) {
            return;
        }
        switch (state.status()) {
            case READING -> read(state);
            case APPLYING -> applyAll(state);
            default -> {
            }
        }
    }

    private void read(State state) {
        var place = place(state.accountId(), state.localityCode());
        var seen = new HashSet<>(store.seenIds(state.id()));
        try {
            if (state.sourceUrl() == null) {
                var items = FeedPages.servicesInFile(client.parse(
                        java.util.Objects.requireNonNull(state.fileContent()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "content", "The file"));
                long seq = state.records();
                for (int chunk = (int) state.nextPage() - 1; chunk * FILE_CHUNK < items.size(); chunk++) {
                    var slice = items.subList(chunk * FILE_CHUNK, Math.min(items.size(), (chunk + 1) * FILE_CHUNK));
                    seq = savePage(state, place, slice, chunk + 2, List.of(), seen, seq, null);
                }
            } else {
                var base = hosts.check(state.sourceUrl());
                long seq = state.records();
                for (long page = state.nextPage(); ; page++) {
                    var read = pages.servicesPage(base, page, PER_PAGE);
                    seq = savePage(state, place, read.items(), page + 1, read.warnings(), seen, seq, base);
                    if (read.last()) {
                        break;
                    }
                    if (page >= properties.maxPages()) {
                        store.addWarnings(state.id(), List.of("the feed has more than " + properties.maxPages()
                                + " pages of services: the rest were not read"));
                        break;
                    }
                }
                var optional = pages.optionalLists(base);
                store.addWarnings(state.id(), optional.warnings());
                terms.meet(state.id(), optional.terms());
            }
        } catch (ProblemException problem) {
            store.fail(state.id(), problem.getBody().getType().toString(), problem.getMessage());
            progress(state.id(), ImportStatus.FAILED, 0, 0);
            return;
        }
        transactions.executeWithoutResult(tx -> {
            store.move(state.id(), List.of(ImportStatus.READING), ImportStatus.READY);
            var summary = store.view(state.id());
            progress(state.id(), ImportStatus.READY, summary == null ? 0 : summary.counts().services(),
                    summary == null ? 0 : summary.counts().services());
        });
    }

    /** Maps and plans a page of services, then saves them with the position after it, in one transaction. */
    private long savePage(State state, PlaceCheck place, List<JsonNode> items, long nextPage, List<String> warnings,
                          Set<String> seen, long seq, @Nullable URI base) {
        var rows = new ArrayList<Map<String, Object>>();
        var feed = new Feed(state.feed(), state.sourceName(), state.sourceUrl());
        var servicePlace = new ServiceMapping.Place(state.localityCode(), java.util.Objects.requireNonNull(place.name()),
                place.latitude(), place.longitude());
        var results = new ArrayList<ServiceMapping.Result>();
        var pageTerms = new ArrayList<MappedService.FeedTerm>();
        for (var item : items) {
            var service = base != null && FeedPages.lacksDetail(item) ? pages.service(base, item) : item;
            var result = ServiceMapping.map(service, servicePlace);
            if (result instanceof ServiceMapping.Accepted(var accepted)) {
                pageTerms.addAll(accepted.terms());
            }
            results.add(result);
        }
        // One statement (and one commit) for the whole page's terms, not one per service.
        var mappings = terms.meet(state.id(), pageTerms);
        for (var result : results) {
            rows.add(row(feed, seq++, result, seen, mappings));
        }
        long done = seq;
        transactions.executeWithoutResult(tx -> {
            store.savePage(state.id(), nextPage, rows, warnings);
            progress(state.id(), ImportStatus.READING, done, done);
        });
        return seq;
    }

    private Map<String, Object> row(Feed feed, long seq, ServiceMapping.Result result, Set<String> seen,
                                    Map<String, TermMappings.TermMapping> mappings) {
        var properties = new HashMap<String, Object>();
        properties.put("externalId", result.externalId());
        if (!result.externalId().equals("(no id)") && !seen.add(result.externalId())) {
            var again = "id " + result.externalId() + " appears earlier in the feed";
            result = switch (result) {
                case ServiceMapping.Accepted(var service) -> new ServiceMapping.Rejected(service.externalId(),
                        service.name(), List.of(again), service.warnings());
                case ServiceMapping.Rejected rejected -> new ServiceMapping.Rejected(rejected.externalId(),
                        rejected.name(), java.util.stream.Stream.concat(rejected.reasons().stream(),
                        java.util.stream.Stream.of(again)).toList(), rejected.warnings());
            };
        }
        switch (result) {
            case ServiceMapping.Rejected rejected -> {
                properties.put("name", rejected.name());
                properties.put("outcome", RecordPlan.Outcome.REJECTED.name());
                properties.put("reasons", rejected.reasons());
                properties.put("warnings", rejected.warnings());
            }
            case ServiceMapping.Accepted(var service) -> {
                var resolved = TermMappings.resolve(service.terms(), mappings);
                var activity = service.activity().withTerms(resolved.categories(), resolved.needs());
                var plan = planner.plan(service, activity, listings.existing(feed.key(), service));
                var warnings = new ArrayList<>(service.warnings());
                resolved.unmapped().forEach(term -> warnings.add("taxonomy term \"" + term.name() + "\""
                        + (term.taxonomy().isBlank() ? "" : " (" + term.taxonomy() + ")")
                        + " is not mapped to a category or need yet: map it in the term mapping table"));
                properties.put("name", service.name());
                properties.put("outcome", plan.outcome().name());
                properties.put("reasons", List.of());
                properties.put("warnings", warnings);
                properties.put("payload", json.writeValueAsString(service));
                properties.put("plan", json.writeValueAsString(plan));
                properties.put("groupKey", ListingStore.key(feed.key(), "GROUP", service.organization().externalId()));
                properties.put("venueKey", ListingStore.key(feed.key(), "VENUE", service.location().externalId()));
                properties.put("groupAction", java.util.Objects.requireNonNull(plan.group()).action().name());
                properties.put("venueAction", java.util.Objects.requireNonNull(plan.venue()).action().name());
                properties.put("activityAction", java.util.Objects.requireNonNull(plan.activity()).action().name());
            }
        }
        return Map.of("seq", seq, "properties", properties);
    }

    private void applyAll(State state) {
        var feed = new Feed(state.feed(), state.sourceName(), state.sourceUrl());
        var summary = store.view(state.id());
        long total = summary == null ? 0 : summary.counts().services() - summary.counts().rejected();
        long done = summary == null ? 0 : summary.counts().applied();
        for (var batch = store.pending(state.id(), 100); !batch.isEmpty(); batch = store.pending(state.id(), 100)) {
            for (var record : batch) {
                applyOne(state, feed, record);
                done++;
                if (done % 50 == 0) {
                    long sent = done;
                    transactions.executeWithoutResult(tx -> progress(state.id(), ImportStatus.APPLYING, sent, total));
                }
            }
        }
        long applied = done;
        transactions.executeWithoutResult(tx -> {
            store.move(state.id(), List.of(ImportStatus.APPLYING), ImportStatus.APPLIED);
            progress(state.id(), ImportStatus.APPLIED, applied, total);
        });
    }

    /** One service, planned again against the graph as it is now and written whole, or not at all. */
    void applyOne(State state, Feed feed, ImportStore.Pending record) {
        try {
            transactions.executeWithoutResult(tx -> {
                var service = json.readValue(record.payload(), MappedService.class);
                var resolved = terms.lookup(service.terms());
                var activity = service.activity().withTerms(resolved.categories(), resolved.needs());
                var existing = listings.existing(feed.key(), service);
                var plan = planner.plan(service, activity, existing);
                writer.write(feed, state.localityCode(), state.accountId(), service, activity, plan, existing,
                        record.resolution());
                store.applied(state.id(), record.seq(), plan.outcome(), json.writeValueAsString(plan));
            });
        } catch (RuntimeException refused) {
            log.info("Import {}: service {} not written: {}", state.id(), record.seq(), refused.getMessage());
            store.failed(state.id(), record.seq(), refused.getMessage() == null ? refused.toString() : refused.getMessage());
        }
    }

    private void progress(String id, ImportStatus status, long done, long total) {
        var state = store.state(id);
        if (state != null) {
            events.publishEvent(new ImportProgressed(id, state.username(), status.name(), done, total));
        }
    }

    /** Waits until the worker has nothing queued (tests and the bench). */
    void awaitIdle() throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        worker.execute(done::countDown);
        done.await(10, java.util.concurrent.TimeUnit.MINUTES);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
