package org.hedgerow.activities;

import org.hedgerow.core.Freshness;
import org.hedgerow.core.ListOrder;
import org.hedgerow.core.ListingValues;
import org.hedgerow.core.Showing;

import org.hedgerow.core.GraphValues;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reading activities: one with all its details, or a page of them filtered by where, who and how fresh. */
@Component
class Activities {

    private static final String PROJECTION = """
            a {.id, .name, .description, .days, .frequency, .weekOfMonth, .startTime, .endTime, .capacity,
               .spacesLeft, .cost, .costNote, .accessibility, .whatToBring, .contact, .status, .updatedAt, .version,
               group: [(g:Group)-[:RUNS]->(a) | g {.id, .name}][0],
               venue: [(a)-[:HELD_AT]->(v:Venue) | v {.id, .name, .postcode, .accessibility}][0],
               locality: [(a)-[:HELD_AT]->(:Venue)-[:IN]->(l:Locality) | {id: l.code, name: l.name}][0],
               categories: [(a)-[:IN_CATEGORY]->(c:Category) | {id: c.code, name: c.name}],
               needs: [(a)-[:SUPPORTS]->(n:Need) | {id: n.code, name: n.name}]}""";

    private static final String LIST = """
            MATCH (a:Activity)
            WHERE ($group IS NULL OR EXISTS { (:Group {id: $group})-[:RUNS]->(a) })
              AND ($venue IS NULL OR EXISTS { (a)-[:HELD_AT]->(:Venue {id: $venue}) })
              AND ($organiser IS NULL OR EXISTS { (:Organiser {id: $organiser})-[:ORGANISES]->(:Group)-[:RUNS]->(a) })
              AND ($locality IS NULL
                   OR EXISTS { (a)-[:HELD_AT]->(:Venue)-[:IN]->(:Locality)-[:WITHIN*0..]->(:Locality {code: $locality}) })
              AND ($stale IS NULL OR (coalesce(a.updatedAt, datetime({epochSeconds: 0})) < $staleBefore) = $stale)
              AND ($showing = 'ALL' OR coalesce(a.status, 'ACTIVE') = $showing)
              AND ($changedSince IS NULL OR coalesce(a.changedAt, a.updatedAt) >= $changedSince)
            WITH a ORDER BY CASE WHEN $order = 'UPDATED' THEN coalesce(a.updatedAt, datetime({epochSeconds: 0})) END DESC, a.name
            WITH collect(a) AS matched
            RETURN size(matched) AS total, [a IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (a:Activity {id: $id})
            RETURN %s AS item
            """.formatted(PROJECTION);

    /** What a list of activities may be narrowed to; every part is optional. */
    record Filter(String group, String venue, String organiser, String locality, Boolean stale, Showing showing,
                  ListOrder order, java.time.Instant changedSince) {
    }

    private final Neo4jClient neo4j;
    private final Clock clock;

    Activities(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    Paged<ActivityView> list(Filter filter, PageRequest page) {
        var staleBefore = Freshness.staleBefore(clock);
        return ListingValues.page(neo4j.query(LIST)
                .bind(filter.group()).to("group").bind(filter.venue()).to("venue")
                .bind(filter.organiser()).to("organiser").bind(filter.locality()).to("locality")
                .bind(filter.stale()).to("stale").bind(staleBefore.atZone(ZoneOffset.UTC)).to("staleBefore")
                .bind(filter.showing().name()).to("showing").bind(filter.order().name()).to("order")
                .bind(filter.changedSince() == null ? null : filter.changedSince().atZone(ZoneOffset.UTC))
                .to("changedSince"),
                page, a -> view(a, staleBefore));
    }

    ActivityView get(String id) {
        var staleBefore = Freshness.staleBefore(clock);
        return neo4j.query(ONE).bind(id).to("id")
                .fetchAs(ActivityView.class).mappedBy((types, record) -> view(record.get("item"), staleBefore))
                .one().orElseThrow(() -> new NotFoundException("There is no activity " + id + "."));
    }

    private static ActivityView view(Value a, Instant staleBefore) {
        var days = a.get("days").isNull() ? java.util.List.<DayOfWeek>of()
                : a.get("days").asList(day -> DayOfWeek.valueOf(day.asString()));
        var frequency = a.get("frequency").isNull() ? Frequency.WEEKLY : Frequency.valueOf(a.get("frequency").asString());
        var weekOfMonth = GraphValues.integer(a.get("weekOfMonth"));
        LocalTime start = a.get("startTime").isNull() ? null : a.get("startTime").asLocalTime();
        LocalTime end = a.get("endTime").isNull() ? null : a.get("endTime").asLocalTime();
        var updatedAt = GraphValues.instant(a.get("updatedAt"));
        var venue = a.get("venue");
        return new ActivityView(GraphValues.text(a.get("id")), GraphValues.text(a.get("name")), GraphValues.text(a.get("description")),
                days, frequency, weekOfMonth, start, end,
                new Schedule(days, frequency, weekOfMonth, start, end).describe(),
                GraphValues.integer(a.get("capacity")), GraphValues.integer(a.get("spacesLeft")),
                a.get("cost").isNull() ? Cost.FREE : Cost.valueOf(a.get("cost").asString()),
                GraphValues.text(a.get("costNote")), GraphValues.text(a.get("accessibility")), GraphValues.text(a.get("whatToBring")),
                GraphValues.text(a.get("contact")), ref(a.get("group")),
                venue.isNull() ? null : new ActivityView.VenueRef(GraphValues.text(venue.get("id")),
                        GraphValues.text(venue.get("name")), GraphValues.text(venue.get("postcode")),
                        GraphValues.texts(venue.get("accessibility"))),
                ref(a.get("locality")), a.get("categories").asList(Activities::ref), a.get("needs").asList(Activities::ref),
                ListingValues.status(a.get("status")), updatedAt, Freshness.isStale(updatedAt, staleBefore),
                ListingValues.version(a.get("version")));
    }

    private static ActivityView.Ref ref(Value value) {
        return value.isNull() ? null : new ActivityView.Ref(GraphValues.text(value.get("id")), GraphValues.text(value.get("name")));
    }
}
