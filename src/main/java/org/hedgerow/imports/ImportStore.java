package org.hedgerow.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * An import's saved state: the {@code FeedImport} (source, where it lists things, who started it, how far it got)
 * and one {@code ImportRecord} per service read (its mapped form, its plan, whether it has been applied). Everything
 * needed to carry on after a restart is here, never only in memory.
 */
@Component
class ImportStore {

    private static final String CREATE = """
            CREATE (i:FeedImport {id: randomUUID(), feed: $feed, sourceName: $sourceName, sourceUrl: $sourceUrl,
                    localityCode: $locality, accountId: $accountId, username: $username, status: 'READING',
                    startedAt: datetime(), nextPage: 1, records: 0, warnings: [], fileContent: $fileContent})
            RETURN i.id
            """;

    private static final String SUMMARY = """
            MATCH (i:FeedImport {id: $id})
            CALL (i) {
                OPTIONAL MATCH (r:ImportRecord {importId: i.id})
                RETURN count(r) AS services,
                       count(CASE WHEN r.outcome = 'ADDED' THEN 1 END) AS added,
                       count(CASE WHEN r.outcome = 'CHANGED' THEN 1 END) AS changed,
                       count(CASE WHEN r.outcome = 'UNCHANGED' THEN 1 END) AS unchanged,
                       count(CASE WHEN r.outcome = 'CONFLICT' THEN 1 END) AS conflicts,
                       count(CASE WHEN r.outcome = 'CLAIMED' THEN 1 END) AS claimed,
                       count(CASE WHEN r.outcome = 'REJECTED' THEN 1 END) AS rejected,
                       count(CASE WHEN size(coalesce(r.warnings, [])) > 0 THEN 1 END) AS withWarnings,
                       count(CASE WHEN r.applied THEN 1 END) AS applied,
                       count(CASE WHEN r.failure IS NOT NULL THEN 1 END) AS failed,
                       count(DISTINCT CASE WHEN r.groupAction = 'ADD' THEN r.groupKey END) AS groupsAdded,
                       count(DISTINCT CASE WHEN r.venueAction = 'ADD' THEN r.venueKey END) AS venuesAdded
            }
            RETURN i {.id, .sourceName, .sourceUrl, .localityCode, .username, .status, .warnings, .problemType,
                      .problemDetail, startedAt: i.startedAt, finishedAt: i.finishedAt, version: coalesce(i.version, 0),
                      counts: {services: services, added: added, changed: changed, unchanged: unchanged,
                               conflicts: conflicts, claimed: claimed, rejected: rejected, withWarnings: withWarnings,
                               applied: applied, failed: failed, groupsAdded: groupsAdded, venuesAdded: venuesAdded},
                      unmappedTerms: COUNT { MATCH (t:TermMapping) WHERE t.target IS NULL AND i.id IN t.seenIn }} AS import
            """;

    private static final String LIST = """
            MATCH (i:FeedImport)
            WHERE $accountId IS NULL OR i.accountId = $accountId
            WITH i ORDER BY i.startedAt DESC
            WITH collect(i.id) AS matched
            RETURN size(matched) AS total, matched[$skip..$skip + $size] AS items
            """;

    private static final String STATE = """
            MATCH (i:FeedImport {id: $id})
            RETURN i {.id, .feed, .sourceName, .sourceUrl, .localityCode, .accountId, .username, .status, .nextPage,
                      .records, .fileContent, version: coalesce(i.version, 0)} AS state
            """;

    private static final String UNFINISHED = """
            MATCH (i:FeedImport) WHERE i.status IN ['READING', 'APPLYING']
            RETURN i.id ORDER BY i.startedAt
            """;

    /** A page of records saved with the import's new position, in one transaction: a resumed read starts after it. */
    private static final String SAVE_PAGE = """
            MATCH (i:FeedImport {id: $id})
            SET i.nextPage = $nextPage, i.records = i.records + size($rows), i.warnings = i.warnings + $warnings
            WITH i
            UNWIND $rows AS row
            MERGE (r:ImportRecord {importId: i.id, seq: row.seq})
            SET r += row.properties, r.applied = false
            """;

    private static final String STATUS = """
            MATCH (i:FeedImport {id: $id}) WHERE i.status IN $from
            SET i.status = $to, i.version = coalesce(i.version, 0) + 1,
                i.finishedAt = CASE WHEN $to IN ['READY', 'APPLIED', 'FAILED'] THEN datetime() ELSE i.finishedAt END,
                i.fileContent = CASE WHEN $to IN ['READING', 'APPLYING'] THEN i.fileContent END
            RETURN count(i) > 0
            """;

    private static final String FAIL = """
            MATCH (i:FeedImport {id: $id})
            SET i.status = 'FAILED', i.problemType = $type, i.problemDetail = $detail, i.finishedAt = datetime(),
                i.fileContent = null, i.version = coalesce(i.version, 0) + 1
            """;

    private static final String ADD_WARNINGS = "MATCH (i:FeedImport {id: $id}) SET i.warnings = i.warnings + $warnings";

    private static final String SEEN_IDS = "MATCH (r:ImportRecord {importId: $id}) RETURN r.externalId";

    private static final String RECORDS = """
            MATCH (r:ImportRecord {importId: $id})
            WHERE $outcome IS NULL OR r.outcome = $outcome
            WITH r ORDER BY r.seq
            WITH collect(r) AS matched
            RETURN size(matched) AS total,
                   [r IN matched[$skip..$skip + $size] | r {.seq, .externalId, .name, .outcome, .reasons, .warnings,
                        .plan, .resolution, .applied, .failure}] AS items
            """;

    private static final String PENDING = """
            MATCH (r:ImportRecord {importId: $id})
            WHERE NOT r.applied AND r.outcome <> 'REJECTED' AND r.failure IS NULL
            RETURN r {.seq, .payload, .resolution} AS record ORDER BY r.seq LIMIT $limit
            """;

    private static final String APPLIED = """
            MATCH (r:ImportRecord {importId: $id, seq: $seq})
            SET r.applied = true, r.appliedOutcome = $outcome, r.plan = $plan
            """;

    private static final String FAILED = """
            MATCH (r:ImportRecord {importId: $id, seq: $seq})
            SET r.failure = $failure
            """;

    /**
     * A record's resolution, only before the import is applied: the import's lock is taken first, so an apply that
     * begins meanwhile (it sets the status) waits, or this sees it begun.
     */
    private static final String RESOLVE = """
            MATCH (i:FeedImport {id: $id})
            SET i._lock = true
            REMOVE i._lock
            WITH i
            OPTIONAL MATCH (r:ImportRecord {importId: i.id, seq: $seq}) WHERE r.outcome = 'CONFLICT'
            CALL (i, r) {
                WITH r WHERE r IS NOT NULL AND i.status IN ['READING', 'READY']
                SET r.resolution = $resolution
            }
            RETURN r IS NOT NULL AS conflict, i.status AS status
            """;

    /** What resolving a record found: whether it has conflicts, and the import's status (resolved only before apply). */
    record Resolved(boolean conflict, ImportStatus status) {
    }

    /** The import as its page shows it. */
    record ImportView(String id, String sourceName, @Nullable String sourceUrl, String localityCode, String username,
                      ImportStatus status, List<String> warnings, @Nullable String problemType,
                      @Nullable String problemDetail, Instant startedAt, @Nullable Instant finishedAt, long version,
                      Counts counts, long unmappedTerms) {
    }

    /** Services by what importing them would do (dry run) or did; groups and venues added, counted once each. */
    record Counts(long services, long added, long changed, long unchanged, long conflicts, long claimed, long rejected,
                  long withWarnings, long applied, long failed, long groupsAdded, long venuesAdded) {
    }

    enum ImportStatus {
        READING, READY, APPLYING, APPLIED, FAILED
    }

    /** What a worker needs to carry an import on. */
    record State(String id, String feed, String sourceName, @Nullable String sourceUrl, String localityCode,
                 String accountId, String username, ImportStatus status, long nextPage, long records,
                 @Nullable String fileContent, long version) {
    }

    /** One service of the feed as the import saw it. */
    record RecordView(long seq, String externalId, String name, RecordPlan.Outcome outcome, List<String> reasons,
                      List<String> warnings, @Nullable String plan, ListingWriter.@Nullable Resolution resolution,
                      boolean applied, @Nullable String failure) {
    }

    record Pending(long seq, String payload, ListingWriter.@Nullable Resolution resolution) {
    }

    private final Neo4jClient neo4j;

    ImportStore(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    String create(ListingStore.Feed feed, String locality, String accountId, String username,
                  @Nullable String fileContent) {
        return neo4j.query(CREATE).bind(feed.key()).to("feed").bind(feed.name()).to("sourceName")
                .bind(feed.url()).to("sourceUrl").bind(locality).to("locality").bind(accountId).to("accountId")
                .bind(username).to("username").bind(fileContent).to("fileContent").fetchAs(String.class).one()
                .orElseThrow();
    }

    @Nullable ImportView view(String id) {
        return Rows.fetch(neo4j.query(SUMMARY).bind(id).to("id"), "import", ImportView.class).one().orElse(null);
    }

    Paged<String> list(@Nullable String accountId, PageRequest page) {
        return neo4j.query(LIST).bind(accountId).to("accountId").bind(page.skip()).to("skip")
                .bind(page.sizeOrDefault()).to("size").fetchAs(Paged.class)
                .mappedBy((types, row) -> new Paged<>(row.get("items").asList(value -> value.asString()),
                        page.pageOrFirst(), page.sizeOrDefault(), row.get("total").asLong()))
                .one().map(paged -> castPage(paged)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Paged<String> castPage(Paged<?> page) {
        return (Paged<String>) page;
    }

    @Nullable State state(String id) {
        return Rows.fetch(neo4j.query(STATE).bind(id).to("id"), "state", State.class).one().orElse(null);
    }

    List<String> unfinished() {
        return List.copyOf(neo4j.query(UNFINISHED).fetchAs(String.class).all());
    }

    void savePage(String id, long nextPage, List<Map<String, Object>> rows, List<String> warnings) {
        neo4j.query(SAVE_PAGE).bind(id).to("id").bind(nextPage).to("nextPage").bind(rows).to("rows")
                .bind(warnings).to("warnings").run();
    }

    boolean move(String id, List<ImportStatus> from, ImportStatus to) {
        return neo4j.query(STATUS).bind(id).to("id").bind(from.stream().map(Enum::name).toList()).to("from")
                .bind(to.name()).to("to").fetchAs(Boolean.class).one().orElse(false);
    }

    void fail(String id, String type, String detail) {
        neo4j.query(FAIL).bind(id).to("id").bind(type).to("type").bind(detail).to("detail").run();
    }

    void addWarnings(String id, List<String> warnings) {
        if (!warnings.isEmpty()) {
            neo4j.query(ADD_WARNINGS).bind(id).to("id").bind(warnings).to("warnings").run();
        }
    }

    List<String> seenIds(String id) {
        return List.copyOf(neo4j.query(SEEN_IDS).bind(id).to("id").fetchAs(String.class).all());
    }

    Paged<RecordView> records(String id, RecordPlan.@Nullable Outcome outcome, PageRequest page) {
        return Rows.page(neo4j.query(RECORDS).bind(id).to("id").bind(outcome == null ? null : outcome.name())
                .to("outcome"), page, RecordView.class);
    }

    List<Pending> pending(String id, int limit) {
        return List.copyOf(Rows.fetch(neo4j.query(PENDING).bind(id).to("id").bind(limit).to("limit"), "record",
                Pending.class).all());
    }

    void applied(String id, long seq, RecordPlan.Outcome outcome, String plan) {
        neo4j.query(APPLIED).bind(id).to("id").bind(seq).to("seq").bind(outcome.name()).to("outcome")
                .bind(plan).to("plan").run();
    }

    void failed(String id, long seq, String failure) {
        neo4j.query(FAILED).bind(id).to("id").bind(seq).to("seq").bind(failure).to("failure").run();
    }

    Optional<Resolved> resolve(String id, long seq, ListingWriter.Resolution resolution) {
        return Rows.fetch(neo4j.query(RESOLVE).bind(id).to("id").bind(seq).to("seq").bind(resolution.name())
                .to("resolution"), Resolved.class).one();
    }
}
