package org.hedgerow.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hedgerow.imports.ListingStore.Existing;
import org.hedgerow.imports.MappedService.Fields;
import org.hedgerow.imports.RecordPlan.Action;
import org.hedgerow.imports.RecordPlan.Conflict;
import org.hedgerow.imports.RecordPlan.Part;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a mapped service with what Hedgerow holds, field by field, three ways: the feed now, Hedgerow now, and
 * what the feed said at the last import. A field only the feed changed is taken; one only Hedgerow changed is kept;
 * one both changed (differently) is a conflict, never overwritten until someone says which to keep.
 */
@Component
class Planner {

    private static final TypeReference<Map<String, @Nullable String>> VALUES = new TypeReference<>() {
    };

    private final JsonMapper json;

    Planner(JsonMapper json) {
        this.json = json;
    }

    RecordPlan plan(MappedService service, MappedService.ActivityFields activity, Existing existing) {
        var group = existing.group();
        var venue = existing.venue();
        var listed = existing.activity();
        var parts = List.of(
                part("GROUP", service.organization().externalId(), service.organization().fields(),
                        group == null ? null : group.fields(), group == null ? null : group.imported(),
                        group != null && group.claimedBy() != null),
                part("VENUE", service.location().externalId(), service.location().fields(),
                        venue == null ? null : venue.fields(), venue == null ? null : venue.imported(),
                        venue != null && venue.claimedBy() != null),
                part("ACTIVITY", service.externalId(), activity, listed == null ? null : listed.fields(),
                        listed == null ? null : listed.imported(), listed != null && listed.claimedBy() != null));
        return new RecordPlan(RecordPlan.outcomeOf(parts), parts.get(0), parts.get(1), parts.get(2));
    }

    private Part part(String kind, String externalId, Fields feed, @Nullable Fields hedgerow,
                      @Nullable String imported, boolean claimed) {
        if (hedgerow == null) {
            return new Part(kind, externalId, Action.ADD, List.copyOf(feed.values().keySet()), List.of(), List.of());
        }
        if (claimed) {
            return new Part(kind, externalId, Action.CLAIMED, List.of(), List.of(), List.of());
        }
        var last = imported == null ? Map.<String, @Nullable String>of() : values(imported);
        var now = hedgerow.values();
        var changed = new ArrayList<String>();
        var conflicts = new ArrayList<Conflict>();
        var kept = new ArrayList<String>();
        feed.values().forEach((field, feedValue) -> {
            var ours = now.get(field);
            if (Objects.equals(feedValue, ours)) {
                return;
            }
            var before = last.containsKey(field) ? last.get(field) : ours;
            boolean editedHere = !Objects.equals(ours, before);
            boolean changedThere = !Objects.equals(feedValue, before);
            if (!editedHere) {
                changed.add(field);
            } else if (changedThere) {
                conflicts.add(new Conflict(field, ours, feedValue, before));
            } else {
                kept.add(field);
            }
        });
        var action = !conflicts.isEmpty() ? Action.CONFLICT : !changed.isEmpty() ? Action.CHANGE : Action.UNCHANGED;
        return new Part(kind, externalId, action, changed, conflicts, kept);
    }

    /** The values the feed gave, as a listing remembers them for the next import. */
    String remember(Map<String, @Nullable String> values) {
        return json.writeValueAsString(new LinkedHashMap<>(values));
    }

    Map<String, @Nullable String> values(String remembered) {
        return json.readValue(remembered, VALUES);
    }
}
