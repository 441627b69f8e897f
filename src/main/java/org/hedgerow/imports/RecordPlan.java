package org.hedgerow.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What importing one service would do (dry run) or did (applied): for its group, venue and activity, whether each is
 * added, changed (which fields), left alone, held by a claim, or has conflicts, a field changed both in Hedgerow and
 * in the feed since the last import.
 */
record RecordPlan(Outcome outcome, @Nullable Part group, @Nullable Part venue, @Nullable Part activity) {

    enum Outcome {
        ADDED, CHANGED, UNCHANGED, CONFLICT, CLAIMED, REJECTED
    }

    enum Action {
        ADD, CHANGE, UNCHANGED, CONFLICT, CLAIMED
    }

    /**
     * @param changed   the fields the feed changes (taken from the feed)
     * @param conflicts fields changed on both sides: left as Hedgerow has them until someone resolves them
     * @param keptEdits fields edited in Hedgerow that the feed has not changed since: kept, nothing to resolve
     */
    record Part(String kind, String externalId, Action action, List<String> changed, List<Conflict> conflicts,
                List<String> keptEdits) {
    }

    /** A field changed in Hedgerow after the last import and changed differently in the feed. */
    record Conflict(String field, @Nullable String hedgerow, @Nullable String feed, @Nullable String lastImported) {
    }

    static Outcome outcomeOf(List<Part> parts) {
        if (parts.stream().anyMatch(part -> part.action() == Action.CONFLICT)) {
            return Outcome.CONFLICT;
        }
        var activity = parts.getLast();
        if (activity.action() == Action.ADD) {
            return Outcome.ADDED;
        }
        if (parts.stream().anyMatch(part -> part.action() == Action.ADD || part.action() == Action.CHANGE)) {
            return Outcome.CHANGED;
        }
        return activity.action() == Action.CLAIMED ? Outcome.CLAIMED : Outcome.UNCHANGED;
    }
}
