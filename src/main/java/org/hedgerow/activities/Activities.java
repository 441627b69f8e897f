package org.hedgerow.activities;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hedgerow.core.Freshness;
import org.hedgerow.core.ListOrder;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.hedgerow.core.Showing;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reading activities: one with all its details, or a page of them filtered by where, who and how fresh. */
@Component
class Activities {

    /** Its keys are {@link Row}'s components. */
    private static final String PROJECTION = """
            a {.id, .name, .description, .weekOfMonth, .startTime, .endTime, .capacity, .spacesLeft, .costNote,
               .accessibility, .whatToBring, .contact, .updatedAt, .minimumAge, .maximumAge, wayIn: %s,
               days: coalesce(a.days, []), frequency: coalesce(a.frequency, 'WEEKLY'), cost: coalesce(a.cost, 'FREE'),
               status: coalesce(a.status, 'ACTIVE'), version: coalesce(a.version, 0),
               group: [(g:Group)-[:RUNS]->(a) | g {.id, .name}][0],
               venue: [(a)-[:HELD_AT]->(v:Venue) | v {.id, .name, .postcode, accessibility: coalesce(v.accessibility, [])}][0],
               locality: [(a)-[:HELD_AT]->(:Venue)-[:IN]->(l:Locality) | {id: l.code, name: l.name}][0],
               categories: [(a)-[:IN_CATEGORY]->(c:Category) | {id: c.code, name: c.name}],
               needs: [(a)-[:SUPPORTS]->(n:Need) | {id: n.code, name: n.name}],
               sessionChanges: %s}""".formatted(WayIn.OF_ACTIVITY, Sessions.CHANGES);

    /** How many coming sessions a listing shows. */
    static final int SESSIONS_SHOWN = 6;

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
            WITH a ORDER BY CASE WHEN $order = 'UPDATED' THEN coalesce(a.updatedAt, datetime({epochSeconds: 0})) END DESC, a.name, a.id
            WITH collect(a) AS matched
            RETURN size(matched) AS total, [a IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (a:Activity {id: $id})
            RETURN %s AS item
            """.formatted(PROJECTION);

    /** What a list of activities may be narrowed to; every part is optional. */
    record Filter(String group, String venue, String organiser, String locality, Boolean stale, Showing showing,
                  ListOrder order, Instant changedSince) {
    }

    /** An activity as the graph holds it; the view adds what is worked out from it (the schedule in words, staleness). */
    record Row(String id, String name, String description, List<DayOfWeek> days, Frequency frequency,
               Integer weekOfMonth, LocalTime startTime, LocalTime endTime, Integer capacity, Integer spacesLeft,
               Cost cost, String costNote, String accessibility, String whatToBring, String contact,
               Integer minimumAge, Integer maximumAge, WayIn wayIn, ActivityView.Ref group, ActivityView.VenueRef venue, ActivityView.Ref locality,
               List<ActivityView.Ref> categories, List<ActivityView.Ref> needs, ListingStatus status, Instant updatedAt,
               List<SessionChange> sessionChanges, long version) {

        ActivityView view(Instant staleBefore, LocalDate today) {
            var schedule = new Schedule(days, frequency, weekOfMonth, startTime, endTime);
            return new ActivityView(id, name, description, days, frequency, weekOfMonth, startTime, endTime,
                    schedule.describe(), capacity, spacesLeft, cost, costNote, accessibility, whatToBring, contact,
                    minimumAge, maximumAge, wayIn, group, venue, locality, categories, needs, status, updatedAt,
                    Freshness.isStale(updatedAt, staleBefore),
                    Sessions.next(schedule, sessionChanges, today, SESSIONS_SHOWN), version);
        }
    }

    private final Neo4jClient neo4j;
    private final Clock clock;

    Activities(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    Paged<ActivityView> list(Filter filter, PageRequest page) {
        var staleBefore = Freshness.staleBefore(clock);
        var today = NetworkZone.today(clock);
        var rows = Rows.page(neo4j.query(LIST)
                .bind(filter.group()).to("group").bind(filter.venue()).to("venue")
                .bind(filter.organiser()).to("organiser").bind(filter.locality()).to("locality")
                .bind(filter.stale()).to("stale").bind(staleBefore.atZone(ZoneOffset.UTC)).to("staleBefore")
                .bind(filter.showing().name()).to("showing").bind(filter.order().name()).to("order")
                .bind(filter.changedSince() == null ? null : filter.changedSince().atZone(ZoneOffset.UTC))
                .to("changedSince").bind(today).to("today"),
                page, Row.class);
        return new Paged<>(rows.items().stream().map(row -> row.view(staleBefore, today)).toList(), rows.page(), rows.size(),
                rows.totalItems());
    }

    ActivityView get(String id) {
        var staleBefore = Freshness.staleBefore(clock);
        var today = NetworkZone.today(clock);
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id").bind(today).to("today"), "item", Row.class).one()
                .orElseThrow(() -> new NotFoundException("There is no activity " + id + "."))
                .view(staleBefore, today);
    }
}
