package org.hedgerow.openreferral;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Services and services at locations: a page is one read-only statement ({@link ServiceStatements}), run in an
 * auto-commit transaction (one statement needs no more, and it saves the BEGIN and COMMIT round trips).
 */
@Component
class ServiceFeed {

    /** A page's row; with a remembered count, also the directory it counted ({@link KnownCounts}). */
    private record PageRows(long total, List<ServiceRow> items, @Nullable Long activities,
                            @Nullable ZonedDateTime lastChange) {
    }

    private final Neo4jClient neo4j;
    private final FeedIndex index;
    private final KnownCounts counts;

    ServiceFeed(Neo4jClient neo4j, FeedIndex index, KnownCounts counts) {
        this.neo4j = neo4j;
        this.index = index;
        this.counts = counts;
    }

    Page<Service> services(ServiceFilter filter, Paging paging) {
        var rows = rows(filter, paging, false);
        return Page.of(rows.items().stream().map(ServiceRow::service).toList(), rows.total(), paging);
    }

    Page<ServiceAtLocation> servicesAtLocations(ServiceFilter filter, Paging paging) {
        var rows = rows(filter, paging, true);
        return Page.of(rows.items().stream()
                .map(row -> row.serviceAtLocation(row.service().withoutPlaces()))
                .filter(Objects::nonNull).toList(), rows.total(), paging);
    }

    Service service(String feedId) {
        return row(index.activityOfService(feedId), "service", feedId).service();
    }

    ServiceAtLocation serviceAtLocation(String feedId) {
        var row = row(index.activityOfServiceAtLocation(feedId), "service_at_location", feedId);
        var found = row.serviceAtLocation(row.service().withoutPlaces());
        if (found == null) {
            throw notFound("service_at_location", feedId); // its activity is no longer held at a venue
        }
        return found;
    }

    private ServiceRow row(java.util.Optional<String> activity, String kind, String feedId) {
        return activity.flatMap(id -> Rows.fetch(neo4j.query(ServiceStatements.ONE).bind(id).to("id"), "item",
                        ServiceRow.class).one())
                .orElseThrow(() -> notFound(kind, feedId));
    }

    private static NotFoundException notFound(String kind, String feedId) {
        return new NotFoundException("This feed has no " + kind + " " + feedId + ".");
    }

    private PageRows rows(ServiceFilter filter, Paging paging, boolean heldSomewhere) {
        if (filter.matchesNothing()) {
            return new PageRows(0, List.of(), null, null);
        }
        var shape = ServiceStatements.Shape.of(filter, heldSomewhere);
        var statement = ServiceStatements.page(shape);
        var parameters = parameters(filter, paging);
        var bound = new HashMap<>(parameters);
        if (shape.countRemembered()) {
            bound.putAll(counts.parameters(statement, parameters));
        }
        var rows = Rows.fetch(neo4j.query(statement).bindAll(bound), PageRows.class).one().orElseThrow();
        if (rows.activities() != null) {
            counts.remember(statement, parameters,
                    new KnownCounts.Known(rows.activities(), rows.lastChange(), rows.total()));
        }
        return rows;
    }

    static Map<String, Object> parameters(ServiceFilter filter, Paging paging) {
        var parameters = new HashMap<String, Object>();
        parameters.put("words", filter.words());
        parameters.put("group", filter.group());
        parameters.put("category", filter.category());
        parameters.put("need", filter.need());
        parameters.put("taxonomy", filter.taxonomy());
        parameters.put("modifiedAfter", filter.modifiedAfter());
        parameters.put("latitude", filter.latitude());
        parameters.put("longitude", filter.longitude());
        parameters.put("radius", filter.radius());
        parameters.put("minimumAge", filter.minimumAge());
        parameters.put("maximumAge", filter.maximumAge());
        parameters.put("day", filter.day());
        parameters.put("startTime", filter.startTime());
        parameters.put("endTime", filter.endTime());
        parameters.put("skip", paging.skip());
        parameters.put("limit", paging.perPage());
        return parameters;
    }
}
