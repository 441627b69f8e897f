package org.hedgerow.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.MayChange;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling or changing one session of an activity, and taking that back. Who may is whoever may change the
 * activity ({@link MayChange#GROUP}). The date must be one the timetable has, today or within a year; the change
 * is one {@code SessionChange} per activity and date, written under the activity's write lock in one statement
 * that also checks who may and that the venue exists. Its {@code version} is drawn from a counter on the activity
 * ({@code sessionChangeSeq}), so a change made after one was taken back never has the old one's version, and a
 * stale take-back or replacement is refused, not applied to the new change (changes from before versions count
 * as 0, and the counter starts above it). It moves the activity's {@code changedAt} on (clients
 * catching up see it) but not its version: a session change does not clash with an edit of the listing.
 */
@Component
class SessionEdits {

    private static final int MOST_DAYS_AHEAD = 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private static final String CHANGE = """
            OPTIONAL MATCH (a:Activity {id: $id})
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            %s
            OPTIONAL MATCH (venue:Venue {id: $venue})
            WITH a, venue, a IS NOT NULL AND g IS NOT NULL AND %s AS mayEdit,
                 $venue IS NULL OR venue IS NOT NULL AS venueFound
            CALL (a, venue, mayEdit, venueFound) {
                WITH a, venue WHERE mayEdit AND venueFound
                SET a._lock = true
                REMOVE a._lock
                WITH a, venue
                OPTIONAL MATCH (a)-[:HAS_SESSION_CHANGE]->(seen:SessionChange {id: $changeId})
                WITH a, venue, coalesce(seen.version, 0) AS was, seen IS NOT NULL AS existed
                WHERE CASE WHEN $version IS NULL THEN NOT existed ELSE existed AND was = $version END
                SET a.sessionChangeSeq = coalesce(a.sessionChangeSeq, 0) + 1
                MERGE (a)-[:HAS_SESSION_CHANGE]->(s:SessionChange {id: $changeId})
                SET s.date = $date, s.status = $status, s.note = $note, s.startTime = $startTime, s.changedAt = $now,
                    s.changedBy = $accountId, s.version = a.sessionChangeSeq, a.changedAt = $now
                WITH s, venue
                CALL (s) { OPTIONAL MATCH (s)-[old:AT]->(:Venue) DELETE old }
                CALL (s, venue) { WITH s, venue WHERE venue IS NOT NULL CREATE (s)-[:AT]->(venue) }
                RETURN count(*) AS written, head(collect(venue.name)) AS venueName
            }
            RETURN a IS NOT NULL AS exists, mayEdit, venueFound, written > 0 AS changed, venueName
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    private static final String UNDO = """
            OPTIONAL MATCH (a:Activity {id: $id})
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            %s
            WITH a, a IS NOT NULL AND g IS NOT NULL AND %s AS mayEdit
            CALL (a, mayEdit) {
                WITH a WHERE mayEdit
                SET a._lock = true
                REMOVE a._lock
                WITH a
                MATCH (a)-[:HAS_SESSION_CHANGE]->(s:SessionChange {id: $changeId})
                WITH a, s, coalesce(s.version, 0) = $version AS current
                CALL (a, s, current) {
                    WITH a, s WHERE current
                    SET a.changedAt = $now
                    DETACH DELETE s
                }
                RETURN count(*) AS found, sum(CASE WHEN current THEN 1 ELSE 0 END) AS removed
            }
            RETURN a IS NOT NULL AS exists, mayEdit, found > 0 AS found, removed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    private static final String WHO_MAY = "Only the organisers of the activity's group, a facilitator of its place "
            + "or an admin may change its sessions.";

    /** What the undo statement found and did: whether the session had a change, and whether it was taken back. */
    record Undone(boolean exists, boolean mayEdit, boolean found, boolean changed) {
    }

    /** What the change statement found and did. */
    record Written(boolean exists, boolean mayEdit, boolean venueFound, boolean changed, String venueName) {
    }

    private final Neo4jClient neo4j;
    private final Activities activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionEdits(Neo4jClient neo4j, Activities activities, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ActivityView change(String id, LocalDate date, String accountId, SessionChangeRequest request) {
        var activity = activities.get(id);
        var errors = new LinkedHashMap<String, String>();
        checkDate(activity, date, errors);
        boolean changed = request.status() == SessionChangeRequest.Change.CHANGED;
        if (changed && request.venue() == null && request.startTime() == null) {
            errors.put("status", "CHANGED needs a venue or a start time (or both); to call it off, use CANCELLED");
        }
        if (!changed && (request.venue() != null || request.startTime() != null)) {
            errors.put("status", "a CANCELLED session has no venue or start time; use CHANGED to move it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var written = Rows.fetch(neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(changeId(id, date)).to("changeId")
                .bind(date).to("date").bind(request.status().name()).to("status").bind(request.note().strip()).to("note")
                .bind(request.startTime()).to("startTime").bind(request.venue()).to("venue")
                .bind(request.version()).to("version")
                .bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), Written.class).one().orElseThrow();
        if (written.exists() && written.mayEdit() && !written.venueFound()) {
            throw new InvalidRequestException("venue", "is not a venue we know: " + request.venue());
        }
        new EditOutcome(written.exists(), written.mayEdit(), false, true).orThrow("activity", id, null, WHO_MAY);
        if (!written.changed()) {
            throw new ConflictException("The session of " + DAY.format(date) + (request.version() == null
                    ? " was changed by someone else since you looked" : " was changed again, or put back, by someone "
                    + "else since version " + request.version()) + "; reload it and try again.");
        }
        events.publishEvent(new SessionChanged(id, activity.name(), groupId(activity), localityCode(activity), date,
                SessionStatus.valueOf(request.status().name()), request.note().strip(), request.venue(),
                written.venueName(), request.startTime()));
        return activities.get(id);
    }

    /** Takes a change back: the session is on as the timetable says. 404 when there was no change for that date. */
    @Transactional
    ActivityView undo(String id, LocalDate date, String accountId, long version) {
        var activity = activities.get(id);
        var outcome = Rows.fetch(neo4j.query(UNDO)
                .bind(id).to("id").bind(accountId).to("accountId").bind(changeId(id, date)).to("changeId")
                .bind(version).to("version")
                .bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), Undone.class).one().orElseThrow();
        if (outcome.exists() && outcome.mayEdit() && !outcome.found()) {
            throw new NotFoundException("The session of " + DAY.format(date) + " has no change to take back.");
        }
        new EditOutcome(outcome.exists(), outcome.mayEdit(), false, true).orThrow("activity", id, null, WHO_MAY);
        if (!outcome.changed()) {
            throw new ConflictException("The session of " + DAY.format(date) + " was changed again by someone else "
                    + "since version " + version + "; reload it and try again.");
        }
        events.publishEvent(new SessionChanged(id, activity.name(), groupId(activity), localityCode(activity), date,
                SessionStatus.AS_PLANNED, null, null, null, null));
        return activities.get(id);
    }

    private void checkDate(ActivityView activity, LocalDate date, LinkedHashMap<String, String> errors) {
        var today = NetworkZone.today(clock);
        var schedule = new Schedule(activity.days(), activity.frequency(), activity.weekOfMonth(),
                activity.startTime(), activity.endTime());
        if (date.isBefore(today)) {
            errors.put("date", "is in the past; only coming sessions can be changed");
        } else if (date.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
            errors.put("date", "is more than a year ahead");
        } else if (!schedule.meetsOn(date)) {
            var next = schedule.datesFrom(today, 3);
            errors.put("date", DAY.format(date) + " has no session: the activity meets " + schedule.describe()
                    + (next.isEmpty() ? "" : "; its next dates are "
                       + next.stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
        }
    }

    /** One change per activity and date, so a second change to the same session replaces the first. */
    private static String changeId(String activityId, LocalDate date) {
        return activityId + "@" + date;
    }

    private static String groupId(ActivityView activity) {
        return activity.group() == null ? null : activity.group().id();
    }

    private static String localityCode(ActivityView activity) {
        return activity.locality() == null ? null : activity.locality().id();
    }
}
