package org.hedgerow.openreferral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds the listing behind a feed id ({@link PublicIds}): a v5 UUID is a hash, so the feed keeps, in memory, which
 * UUID belongs to which activity and group. It is read whole (one statement, ~100k ids at national scale, about a
 * tenth of a second) on the first lookup, and again when an id is not found and the last read is more than
 * {@link #FRESH_FOR} old: a listing added since is then found, and a stream of unknown ids costs at most one read per
 * {@code FRESH_FOR}. Categories and needs are few, and are looked up by reading their codes each time.
 */
@Component
class FeedIndex {

    /** How long a read of every id is trusted to answer "no such id". */
    static final Duration FRESH_FOR = Duration.ofSeconds(2);

    private static final String IDS = """
            CALL () { MATCH (a:Activity) WHERE a.id IS NOT NULL RETURN collect(a.id) AS activities }
            CALL () { MATCH (g:Group) WHERE g.id IS NOT NULL RETURN collect(g.id) AS groups }
            RETURN activities, groups
            """;

    private static final String TERMS = """
            CALL () { MATCH (c:Category) RETURN collect(c.code) AS categories }
            CALL () { MATCH (n:Need) RETURN collect(n.code) AS needs }
            RETURN categories, needs
            """;

    private record Ids(List<String> activities, List<String> groups) {
    }

    private record Codes(List<String> categories, List<String> needs) {
    }

    /** Feed id → own id, for each kind that can be asked for by id, and when they were read. */
    private record Snapshot(Map<String, String> services, Map<String, String> servicesAtLocations,
                            Map<String, String> organizations, Instant readAt) {
    }

    /** A vocabulary term behind a feed id: which vocabulary ({@link PublicIds#CATEGORY} or NEED) and its code. */
    record Term(PublicIds vocabulary, String code) {
    }

    private final Neo4jClient neo4j;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Instant.EPOCH);

    FeedIndex(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    Optional<String> activityOfService(String feedId) {
        return find(feedId, Snapshot::services);
    }

    Optional<String> activityOfServiceAtLocation(String feedId) {
        return find(feedId, Snapshot::servicesAtLocations);
    }

    Optional<String> group(String feedId) {
        return find(feedId, Snapshot::organizations);
    }

    Optional<Term> term(String feedId) {
        var codes = neo4j.query(TERMS).fetchAs(Codes.class)
                .mappedBy((types, row) -> new Codes(row.get("categories").asList(v -> v.asString()),
                        row.get("needs").asList(v -> v.asString())))
                .one().orElseThrow();
        return codes.categories().stream().filter(code -> PublicIds.CATEGORY.of(code).equals(feedId))
                .map(code -> new Term(PublicIds.CATEGORY, code)).findFirst()
                .or(() -> codes.needs().stream().filter(code -> PublicIds.NEED.of(code).equals(feedId))
                        .map(code -> new Term(PublicIds.NEED, code)).findFirst());
    }

    private Optional<String> find(String feedId, java.util.function.Function<Snapshot, Map<String, String>> kind) {
        var found = kind.apply(snapshot).get(feedId);
        if (found != null) {
            return Optional.of(found);
        }
        synchronized (this) {
            if (Duration.between(snapshot.readAt(), clock.instant()).compareTo(FRESH_FOR) > 0) {
                snapshot = read();
            }
        }
        return Optional.ofNullable(kind.apply(snapshot).get(feedId));
    }

    private Snapshot read() {
        var readAt = clock.instant();
        var ids = neo4j.query(IDS).fetchAs(Ids.class)
                .mappedBy((types, row) -> new Ids(row.get("activities").asList(v -> v.asString()),
                        row.get("groups").asList(v -> v.asString())))
                .one().orElseThrow();
        var services = new HashMap<String, String>(ids.activities().size() * 2);
        var servicesAtLocations = new HashMap<String, String>(ids.activities().size() * 2);
        for (String activity : ids.activities()) {
            services.put(PublicIds.SERVICE.of(activity), activity);
            servicesAtLocations.put(PublicIds.SERVICE_AT_LOCATION.of(activity), activity);
        }
        var organizations = new HashMap<String, String>(ids.groups().size() * 2);
        for (String group : ids.groups()) {
            organizations.put(PublicIds.ORGANIZATION.of(group), group);
        }
        return new Snapshot(services, servicesAtLocations, organizations, readAt);
    }
}
