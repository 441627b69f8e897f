package org.hedgerow.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hedgerow.activities.Cost;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Rows;
import org.hedgerow.core.Freshness;
import org.hedgerow.activities.Frequency;
import org.hedgerow.activities.Schedule;
import org.hedgerow.activities.SessionChange;
import org.hedgerow.activities.Sessions;
import org.hedgerow.activities.WayIn;
import org.hedgerow.search.ActivityHit.Coded;
import org.hedgerow.search.ActivityHit.Ref;
import org.hedgerow.search.ActivityHit.VenueRef;
import org.hedgerow.search.SearchCriteria.Sort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Runs a checked search as one read-only Cypher statement ({@link SearchStatements}) and shapes its rows. */
@Component
class ActivitySearch {

    private static final Logger log = LoggerFactory.getLogger(ActivitySearch.class);
    private static final int SUMMARY_LENGTH = 160;
    /** How many coming sessions a result shows: enough to see this week's change. */
    static final int SESSIONS_SHOWN = 3;
    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One row of a search statement as it comes back. Days and frequency stay text: one written by hand in some
     * other form is left out rather than failing the search.
     */
    record Found(String id, String name, String description, List<String> days, String frequency,
                 Integer weekOfMonth, LocalTime startTime, LocalTime endTime, Cost cost, String costNote,
                 Integer capacity, Integer spacesLeft, Instant updatedAt, Ref group, VenueRef venue, Coded locality,
                 List<Coded> categories, List<Coded> needs, Integer minimumAge, Integer maximumAge, WayIn wayIn,
                 List<SessionChange> sessionChanges, Double score, Double distance) {
    }

    private final Neo4jClient neo4j;
    private final Clock clock;

    ActivitySearch(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /**
     * Runs in an auto-commit transaction (no {@code @Transactional}): one statement needs no more, and it
     * saves the BEGIN and COMMIT round trips, ~1.3 ms of a ~5 ms search at the API (measured).
     */
    ActivitySearchPage find(SearchCriteria criteria) {
        var start = SearchStatements.startFor(criteria);
        int size = criteria.page().sizeOrDefault();
        Instant staleBefore = Freshness.staleBefore(clock);
        var today = NetworkZone.today(clock);
        var rows = new ArrayList<>(Rows.fetch(neo4j.query(SearchStatements.statement(start, criteria.sort()))
                .bindAll(parameters(criteria, today)), Found.class)
                .all().stream().map(found -> hit(found, staleBefore, today)).toList());
        if (criteria.sort() == Sort.RELEVANCE) {
            keepBestFirst(rows);
        }
        boolean hasMore = rows.size() > size;
        var near = criteria.near();
        return new ActivitySearchPage(hasMore ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows),
                criteria.page().pageOrFirst(), size, hasMore, criteria.sort().name().toLowerCase(Locale.ROOT),
                near == null ? null : new ActivitySearchPage.Origin(near.latitude(), near.longitude(),
                        near.postcode(), near.place(), near.radiusKm()));
    }

    /**
     * The relevance order is the full-text index's own, kept by the statement rather than sorted again
     * (see {@link SearchStatements}). Should a future planner stop keeping it, sort the page and say so.
     */
    private static void keepBestFirst(List<ActivityHit> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).relevance() > rows.get(i - 1).relevance()) {
                log.warn("Full-text matches came back out of score order; sorting the page. Check the search plan.");
                rows.sort(Comparator.comparing(ActivityHit::relevance).reversed());
                return;
            }
        }
    }

    static Map<String, Object> parameters(SearchCriteria criteria, LocalDate today) {
        var near = criteria.near();
        var page = criteria.page();
        long limit = page.sizeOrDefault() + 1L;
        var parameters = new HashMap<String, Object>();
        parameters.put("words", criteria.words());
        parameters.put("categories", criteria.categories());
        parameters.put("needs", criteria.needs());
        parameters.put("locality", criteria.locality());
        parameters.put("latitude", near == null ? null : near.latitude());
        parameters.put("longitude", near == null ? null : near.longitude());
        parameters.put("radius", near == null ? null : near.radiusMetres());
        parameters.put("days", criteria.days());
        parameters.put("startsAfter", criteria.startsAfter());
        parameters.put("endsBefore", criteria.endsBefore());
        parameters.put("free", criteria.free());
        parameters.put("hasSpaces", criteria.hasSpaces());
        parameters.put("age", criteria.age());
        parameters.put("waysIn", criteria.waysIn());
        parameters.put("today", today);
        parameters.put("skip", page.skip());
        parameters.put("limit", limit);
        return parameters;
    }

    private static ActivityHit hit(Found row, Instant staleBefore, LocalDate today) {
        var schedule = new Schedule(days(row.days()), frequency(row.frequency()), row.weekOfMonth(), row.startTime(),
                row.endTime());
        Double distance = row.distance();
        Double score = row.score();
        return new ActivityHit(row.id(), row.name(), summary(row.description()), schedule.describe(), schedule.days(),
                hoursAndMinutes(row.startTime()), hoursAndMinutes(row.endTime()), row.cost(), row.costNote(),
                row.spacesLeft(), row.capacity(), row.group(), row.venue(), row.locality(),
                byCode(row.categories()), byCode(row.needs()),
                distance == null ? null : Math.round(distance),
                distance == null ? null : Math.round(distance / 100) / 10.0,
                score == null ? null : Math.round(score * 1000) / 1000.0,
                Freshness.isStale(row.updatedAt(), staleBefore), row.updatedAt(), row.minimumAge(), row.maximumAge(),
                row.wayIn(), Sessions.next(schedule, row.sessionChanges(), today, SESSIONS_SHOWN));
    }

    private static List<DayOfWeek> days(List<String> days) {
        if (days == null) {
            return List.of();
        }
        var parsed = new ArrayList<DayOfWeek>(days.size());
        for (String day : days) {
            try {
                parsed.add(DayOfWeek.valueOf(day));
            }
            catch (IllegalArgumentException notADay) {
                // a day written by hand in some other form: leave it out rather than fail the search
            }
        }
        return parsed;
    }

    private static Frequency frequency(String frequency) {
        try {
            return frequency == null ? null : Frequency.valueOf(frequency);
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String hoursAndMinutes(LocalTime time) {
        return time == null ? null : time.format(HOURS_AND_MINUTES);
    }

    private static List<Coded> byCode(List<Coded> coded) {
        return coded.stream().sorted(Comparator.comparing(Coded::code)).toList();
    }

    /** The description's start, cut at a word, so a list of results stays readable. */
    static String summary(String description) {
        if (description == null || description.length() <= SUMMARY_LENGTH) {
            return description;
        }
        int cut = description.lastIndexOf(' ', SUMMARY_LENGTH);
        return description.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH).stripTrailing() + "…";
    }
}
