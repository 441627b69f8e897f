package org.hedgerow.activities;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.MayChange;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and changing activities. Who may is the rule of the activity's group ({@link MayChange#GROUP});
 * each change is checked against the version the editor saw, and announced after it commits.
 */
@Component
public class ActivityEdits {

    /** The codes are read in full only when one named is unknown, so that the refusal can list them. */
    private static final String CHECK_REFERENCES = """
            WITH [code IN $categories WHERE NOT EXISTS { (:Category {code: code}) }] AS unknownCategories,
                 [code IN $needs WHERE NOT EXISTS { (:Need {code: code}) }] AS unknownNeeds
            RETURN unknownCategories, unknownNeeds,
                   CASE WHEN size(unknownCategories) > 0
                        THEN COLLECT { MATCH (c:Category) RETURN c.code ORDER BY c.code } END AS categoryCodes,
                   CASE WHEN size(unknownNeeds) > 0
                        THEN COLLECT { MATCH (n:Need) RETURN n.code ORDER BY n.code } END AS needCodes,
                   $venue IS NULL OR EXISTS { (:Venue {id: $venue}) } AS venueFound,
                   EXISTS { (v:Venue {id: $venue}) WHERE v.status = 'ARCHIVED' } AS venueArchived,
                   EXISTS { (g:Group {id: $group}) WHERE g.status = 'ARCHIVED' } AS groupArchived
            """;

    private static final String CREATE = """
            %s
            OPTIONAL MATCH (g:Group {id: $group})
            OPTIONAL MATCH (v:Venue {id: $venue})
            WITH g, v, g IS NOT NULL AND %s AS mayCreate
            CALL (g, v, mayCreate) {
                WITH g, v WHERE mayCreate AND v IS NOT NULL
                CREATE (g)-[:RUNS]->(a:Activity {id: randomUUID(), status: 'ACTIVE', version: 0})-[:HELD_AT]->(v)
                SET a += $properties, a.updatedAt = $now, a.changedAt = $now
                WITH a
                CALL (a) { UNWIND $categories AS code MATCH (c:Category {code: code}) CREATE (a)-[:IN_CATEGORY]->(c) }
                CALL (a) { UNWIND $needs AS code MATCH (n:Need {code: code}) CREATE (a)-[:SUPPORTS]->(n) }
                RETURN head(collect(a.id)) AS id
            }
            RETURN g IS NOT NULL AS groupFound, mayCreate, id
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    private static final String CHANGE = """
            OPTIONAL MATCH (a:Activity {id: $id})
            OPTIONAL MATCH (g:Group)-[:RUNS]->(a)
            %s
            OPTIONAL MATCH (newVenue:Venue {id: $venue})
            WITH a, newVenue, a IS NOT NULL AND g IS NOT NULL AND %s AS mayEdit
            CALL (a, newVenue, mayEdit) {
                WITH a, newVenue WHERE mayEdit
                SET a._lock = true
                REMOVE a._lock
                WITH a, newVenue WHERE a.version = $version
                SET a += $properties, a.status = coalesce($status, a.status, 'ACTIVE'), a.updatedAt = $now,
                    a.changedAt = $now, a.version = a.version + 1
                WITH a, newVenue
                CALL (a, newVenue) {
                    WITH a, newVenue WHERE newVenue IS NOT NULL
                    OPTIONAL MATCH (a)-[old:HELD_AT]->(:Venue)
                    DELETE old
                    WITH DISTINCT a, newVenue
                    CREATE (a)-[:HELD_AT]->(newVenue)
                }
                CALL (a) {
                    WITH a WHERE $categories IS NOT NULL
                    OPTIONAL MATCH (a)-[old:IN_CATEGORY]->(:Category)
                    DELETE old
                    WITH DISTINCT a
                    UNWIND $categories AS code
                    MATCH (c:Category {code: code})
                    CREATE (a)-[:IN_CATEGORY]->(c)
                }
                CALL (a) {
                    WITH a WHERE $needs IS NOT NULL
                    OPTIONAL MATCH (a)-[old:SUPPORTS]->(:Need)
                    DELETE old
                    WITH DISTINCT a
                    UNWIND $needs AS code
                    MATCH (n:Need {code: code})
                    CREATE (a)-[:SUPPORTS]->(n)
                }
                RETURN count(*) AS changed
            }
            RETURN a IS NOT NULL AS exists, mayEdit, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    private static final String WHO_MAY = "Only the organisers of the activity's group, a facilitator of its place "
            + "or an admin may change this activity.";

    /**
     * The codes and venue a new or changed activity names that do not exist, with the codes that do; and whether its
     * venue or (for a new one) its group is archived, where no active activity may be.
     */
    record References(List<String> unknownCategories, List<String> unknownNeeds, List<String> categoryCodes,
                      List<String> needCodes, boolean venueFound, boolean venueArchived, boolean groupArchived) {
    }

    /** The archived venue or group (by name) of an activity, if any: it may not be restored there. */
    private static final String ARCHIVED_HOME = """
            MATCH (a:Activity {id: $id})
            RETURN [(a)-[:HELD_AT]->(v:Venue) WHERE v.status = 'ARCHIVED' | v.name][0] AS venueName,
                   [(g:Group)-[:RUNS]->(a) WHERE g.status = 'ARCHIVED' | g.name][0] AS groupName
            """;

    record ArchivedHome(@Nullable String venueName, @Nullable String groupName) {
    }

    /** What the statement that adds an activity found. */
    record Created(boolean groupFound, boolean mayCreate, String id) {
    }

    private final Neo4jClient neo4j;
    private final Activities activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityEdits(Neo4jClient neo4j, Activities activities, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ActivityView create(String accountId, NewActivity activity) {
        var details = ActivityDetails.of(activity).checked();
        var categories = listOrEmpty(activity.categories());
        var needs = listOrEmpty(activity.needs());
        requireKnown(categories, needs, activity.venue(), activity.group());
        var created = Rows.fetch(neo4j.query(CREATE)
                .bind(accountId).to("accountId").bind(activity.group()).to("group").bind(activity.venue()).to("venue")
                .bind(details.properties()).to("properties").bind(now()).to("now")
                .bind(categories).to("categories").bind(needs).to("needs"), Created.class)
                .one().orElseThrow();
        if (!created.groupFound()) {
            throw new InvalidRequestException("group", "is not a group we know: " + activity.group());
        }
        if (!created.mayCreate()) {
            throw new ForbiddenException("Only the group's organisers, a facilitator of its place or an admin may "
                    + "add activities to it.");
        }
        return announce(activities.get(created.id()), ActivityChanged.Change.ADDED);
    }

    @Transactional
    public ActivityView change(String id, String accountId, ActivityChanges changes) {
        var current = activities.get(id);
        var details = ActivityDetails.of(current).with(changes).checked();
        requireKnown(listOrEmpty(changes.categories()), listOrEmpty(changes.needs()), changes.venue(), null);
        var changed = write(current, accountId, changes.version(), details.properties(), changes.venue(),
                changes.categories(), changes.needs(), null);
        var before = codes(current.categories());
        var after = codes(changed.categories());
        if (!before.equals(after)) {
            events.publishEvent(new ActivityCategoriesChanged(id, List.copyOf(before), List.copyOf(after)));
        }
        return announce(changed, ActivityChanged.Change.CHANGED);
    }

    private static Set<String> codes(List<ActivityView.Ref> categories) {
        var codes = new TreeSet<String>();
        categories.forEach(category -> codes.add(category.id()));
        return codes;
    }

    /**
     * The quick change organisers make most: how many places are left. Announced as a capacity change only (it
     * carries the spaces), so every follower of the place gets one message for it; any other edit is announced as a
     * change of the listing only, whose readers fetch it again, capacity and all.
     */
    @Transactional
    ActivityView changeSpaces(String id, String accountId, SpacesLeft spaces) {
        var current = activities.get(id);
        ActivityDetails.of(current).withSpacesLeft(spaces.spacesLeft()).checked();
        var changed = write(current, accountId, spaces.version(), Map.of("spacesLeft", spaces.spacesLeft()), null,
                null, null, null);
        events.publishEvent(new CapacityChanged(changed.id(), changed.group().id(), localityCode(changed),
                changed.capacity(), changed.spacesLeft(), changed.version()));
        return changed;
    }

    /** The organiser says the listing is still right as it is; it is no longer stale. */
    @Transactional
    ActivityView confirm(String id, String accountId, long version) {
        return announce(write(activities.get(id), accountId, version, Map.of(), null, null, null, null),
                ActivityChanged.Change.CONFIRMED);
    }

    @Transactional
    ActivityView setStatus(String id, String accountId, long version, ListingStatus status) {
        if (status == ListingStatus.ACTIVE) {
            var home = Rows.fetch(neo4j.query(ARCHIVED_HOME).bind(id).to("id"), ArchivedHome.class).one().orElse(null);
            if (home != null && (home.venueName() != null || home.groupName() != null)) {
                throw new ConflictException(home.venueName() != null
                        ? "Its venue, " + home.venueName() + ", is archived: restore the venue first, or move the "
                                + "activity."
                        : "Its group, " + home.groupName() + ", is archived: restore the group first.");
            }
        }
        return announce(write(activities.get(id), accountId, version, Map.of(), null, null, null, status.name()),
                status == ListingStatus.ARCHIVED ? ActivityChanged.Change.ARCHIVED : ActivityChanged.Change.RESTORED);
    }

    /** Writes the change if the version still matches and the account may; the caller announces it. */
    private ActivityView write(ActivityView current, String accountId, long version, Map<String, Object> properties,
                               String venue, List<String> categories, List<String> needs, String status) {
        var outcome = Rows.fetch(neo4j.query(CHANGE)
                .bind(current.id()).to("id").bind(accountId).to("accountId").bind(version).to("version")
                .bind(properties).to("properties").bind(venue).to("venue").bind(categories).to("categories")
                .bind(needs).to("needs").bind(status).to("status").bind(now()).to("now"), EditOutcome.class)
                .one().orElseThrow();
        outcome.orThrow("activity", current.id(), version, WHO_MAY);
        return activities.get(current.id());
    }

    private ActivityView announce(ActivityView activity, ActivityChanged.Change change) {
        events.publishEvent(new ActivityChanged(activity.id(), activity.group() == null ? null : activity.group().id(),
                localityCode(activity), change, activity.version()));
        return activity;
    }

    private static String localityCode(ActivityView activity) {
        return activity.locality() == null ? null : activity.locality().id();
    }

    private void requireKnown(List<String> categories, List<String> needs, @Nullable String venue,
                              @Nullable String group) {
        var found = Rows.fetch(neo4j.query(CHECK_REFERENCES)
                .bind(categories).to("categories").bind(needs).to("needs").bind(venue).to("venue")
                .bind(group).to("group"), References.class)
                .one().orElseThrow();
        var errors = new LinkedHashMap<String, String>();
        if (!found.unknownCategories().isEmpty()) {
            errors.put("categories", "has codes we do not know: " + String.join(", ", found.unknownCategories())
                    + "; the categories are " + String.join(", ", found.categoryCodes()));
        }
        if (!found.unknownNeeds().isEmpty()) {
            errors.put("needs", "has codes we do not know: " + String.join(", ", found.unknownNeeds())
                    + "; the needs are " + String.join(", ", found.needCodes()));
        }
        if (!found.venueFound()) {
            errors.put("venue", "is not a venue we know: " + venue);
        }
        if (found.venueArchived()) {
            errors.put("venue", "is archived: choose a venue in use, or restore it first");
        }
        if (found.groupArchived()) {
            errors.put("group", "is archived: restore it before adding activities to it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(ZoneOffset.UTC);
    }

    private static List<String> listOrEmpty(List<String> codes) {
        return codes == null ? List.of() : codes;
    }
}
