package org.hedgerow.imports;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hedgerow.activities.ActivityChanges;
import org.hedgerow.activities.ActivityEdits;
import org.hedgerow.activities.NewActivity;
import org.hedgerow.groups.GroupChanges;
import org.hedgerow.groups.Groups;
import org.hedgerow.groups.NewGroup;
import org.hedgerow.imports.ListingStore.Existing;
import org.hedgerow.imports.ListingStore.Feed;
import org.hedgerow.imports.MappedService.ActivityFields;
import org.hedgerow.imports.RecordPlan.Action;
import org.hedgerow.imports.RecordPlan.Conflict;
import org.hedgerow.imports.RecordPlan.Part;
import org.hedgerow.places.NewVenue;
import org.hedgerow.places.VenueChanges;
import org.hedgerow.places.Venues;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one planned service: its group, venue and activity through their owners' own services (as the account that
 * applies the import, so the owners' rules on who may add and change what hold), then remembers for each what the
 * feed said. Runs inside the caller's transaction, so a service is written whole or not at all.
 */
@Component
class ListingWriter {

    /** Which side wins the conflicts of one record; null leaves them as Hedgerow has them. */
    enum Resolution {
        TAKE_FEED, KEEP_HEDGEROW
    }

    private final Groups groups;
    private final Venues venues;
    private final ActivityEdits activities;
    private final ListingStore listings;
    private final Planner planner;

    ListingWriter(Groups groups, Venues venues, ActivityEdits activities, ListingStore listings, Planner planner) {
        this.groups = groups;
        this.venues = venues;
        this.activities = activities;
        this.listings = listings;
        this.planner = planner;
    }

    void write(Feed feed, String locality, String accountId, MappedService service, ActivityFields activity,
               RecordPlan plan, Existing existing, @Nullable Resolution resolution) {
        var groupPart = java.util.Objects.requireNonNull(plan.group());
        var venuePart = java.util.Objects.requireNonNull(plan.venue());
        var activityPart = java.util.Objects.requireNonNull(plan.activity());

        var org = service.organization().fields();
        String groupId;
        if (groupPart.action() == Action.ADD) {
            groupId = groups.create(accountId, new NewGroup(org.name(), org.description(), org.website(), locality)).id();
        } else {
            var group = java.util.Objects.requireNonNull(existing.group());
            groupId = group.id();
            var take = taken(groupPart, resolution);
            if (!take.isEmpty()) {
                groups.change(groupId, accountId, new GroupChanges(pick(take, "name", org.name()),
                        text(take, "description", org.description()), text(take, "website", org.website()), null,
                        group.version()));
            }
        }
        remember(feed, groupPart, groupId, org.values(), existing.group() == null ? null : existing.group().imported(),
                resolution);

        var place = service.location().fields();
        String venueId;
        if (venuePart.action() == Action.ADD) {
            venueId = venues.create(accountId, new NewVenue(place.name(), place.address(), place.postcode(),
                    place.latitude(), place.longitude(), null, locality)).id();
        } else {
            var venue = java.util.Objects.requireNonNull(existing.venue());
            venueId = venue.id();
            var take = taken(venuePart, resolution);
            if (!take.isEmpty()) {
                boolean moved = take.contains("location");
                venues.change(venueId, accountId, new VenueChanges(pick(take, "name", place.name()),
                        text(take, "address", place.address()), pick(take, "postcode", place.postcode()),
                        moved ? place.latitude() : null, moved ? place.longitude() : null, null, null,
                        venue.version()));
            }
        }
        remember(feed, venuePart, venueId, place.values(), existing.venue() == null ? null : existing.venue().imported(),
                resolution);

        String activityId;
        var a = activity;
        if (activityPart.action() == Action.ADD) {
            activityId = activities.create(accountId, new NewActivity(groupId, venueId, a.name(), a.description(),
                    a.days(), a.frequency(), a.weekOfMonth(), a.startTime(), a.endTime(), null, null,
                    java.util.Objects.requireNonNull(a.cost()), a.costNote(), null, null, a.contact(), a.minimumAge(),
                    a.maximumAge(), null, a.categories(), a.needs())).id();
        } else {
            var listed = java.util.Objects.requireNonNull(existing.activity());
            activityId = listed.id();
            var take = taken(activityPart, resolution);
            boolean moved = activityPart.action() != Action.CLAIMED && !venueId.equals(listed.venueId());
            if (!take.isEmpty() || moved) {
                boolean ages = take.contains("minimumAge") || take.contains("maximumAge");
                boolean schedule = take.contains("days") || take.contains("frequency") || take.contains("weekOfMonth");
                activities.change(activityId, accountId, new ActivityChanges(pick(take, "name", a.name()),
                        text(take, "description", a.description()), schedule ? a.days() : null,
                        schedule ? a.frequency() : null, schedule ? a.weekOfMonth() : null,
                        pick(take, "startTime", a.startTime()), pick(take, "endTime", a.endTime()), null, null,
                        pick(take, "cost", a.cost()), text(take, "costNote", a.costNote()), null, null,
                        text(take, "contact", a.contact()), ages ? a.minimumAge() : null, ages ? a.maximumAge() : null,
                        null, moved ? venueId : null, pick(take, "categories", a.categories()),
                        pick(take, "needs", a.needs()), ages ? Boolean.TRUE : null, listed.version()));
            }
        }
        remember(feed, activityPart, activityId, a.values(),
                existing.activity() == null ? null : existing.activity().imported(), resolution);
    }

    /** The fields to take from the feed: those only the feed changed, and the conflicts if the feed's side won. */
    private static Set<String> taken(Part part, @Nullable Resolution resolution) {
        if (part.action() == Action.CLAIMED || part.action() == Action.UNCHANGED) {
            return Set.of();
        }
        var take = new HashSet<>(part.changed());
        if (resolution == Resolution.TAKE_FEED) {
            part.conflicts().forEach(conflict -> take.add(conflict.field()));
        }
        return take;
    }

    private static <T> @Nullable T pick(Set<String> take, String field, @Nullable T value) {
        return take.contains(field) ? value : null;
    }

    /**
     * A text to take from the feed: one the feed no longer gives is taken away (an empty text in a change), so a
     * contact or description a council removes goes from Hedgerow too.
     */
    private static @Nullable String text(Set<String> take, String field, @Nullable String value) {
        return take.contains(field) ? (value == null ? "" : value) : null;
    }

    /**
     * What the listing remembers as "the feed at the last import": the feed's values, except for an unresolved
     * conflict, which keeps the value before it so the next import still reports it.
     */
    private void remember(Feed feed, Part part, String nodeId, Map<String, @Nullable String> feedValues,
                          @Nullable String before, @Nullable Resolution resolution) {
        if (part.action() == Action.CLAIMED || part.action() == Action.UNCHANGED && part.keptEdits().isEmpty()
                && before != null && planner.values(before).equals(feedValues)) {
            return;
        }
        var remembered = new LinkedHashMap<>(feedValues);
        if (resolution == null) {
            for (Conflict conflict : part.conflicts()) {
                remembered.put(conflict.field(), conflict.lastImported());
            }
        }
        listings.link(feed, part.kind(), part.externalId(), nodeId, planner.remember(remembered));
    }
}
