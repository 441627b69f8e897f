package org.hedgerow.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Lists the audit trail, newest first, filtered by actor, kind and period. */
@Component
class AuditQuery {

    private static final String FILTER = """
            MATCH (e:AuditEvent)
            WHERE ($actor IS NULL OR e.actor = $actor)
              AND ($kind IS NULL OR e.kind = $kind)
              AND ($from IS NULL OR e.at >= $from)
              AND ($to IS NULL OR e.at < $to)
            """;

    private static final String PAGE = FILTER + """
            RETURN e {.id, .at, .kind, .actor, .actorRole, .subjectType, .subjectId, .detail, .address} AS entry ORDER BY e.at DESC, e.id SKIP $skip LIMIT $limit
            """;

    private static final String TOTAL = FILTER + "RETURN count(e)";

    private final Neo4jClient neo4j;

    AuditQuery(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Paged<AuditEntry> list(String actor, AuditKind kind, Instant from, Instant to, PageRequest page) {
        Map<String, Object> filter = new java.util.HashMap<>();
        filter.put("actor", actor);
        filter.put("kind", kind == null ? null : kind.name());
        filter.put("from", from == null ? null : from.atZone(ZoneOffset.UTC));
        filter.put("to", to == null ? null : to.atZone(ZoneOffset.UTC));
        long total = neo4j.query(TOTAL).bindAll(filter).fetchAs(Long.class).one().orElse(0L);
        var items = Rows.fetch(neo4j.query(PAGE).bindAll(filter)
                        .bind(page.skip()).to("skip").bind(page.sizeOrDefault()).to("limit"), "entry", AuditEntry.class)
                .all().stream().toList();
        return new Paged<>(items, page.pageOrFirst(), page.sizeOrDefault(), total);
    }
}
