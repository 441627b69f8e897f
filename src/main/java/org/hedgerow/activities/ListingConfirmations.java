package org.hedgerow.activities;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Still right": an organiser confirms a listing as it stands from a link in a reminder, without the version a form
 * would carry (the link says "as it is now"). The same rule as the confirm button: only who may change the listing.
 */
@Component
public class ListingConfirmations {

    private final Activities activities;
    private final ActivityEdits edits;

    ListingConfirmations(Activities activities, ActivityEdits edits) {
        this.activities = activities;
        this.edits = edits;
    }

    /** The listing confirmed. */
    public record Confirmed(String id, String name) {
    }

    /** Confirms the activity as the account; the refusals are those of {@code POST /api/activities/{id}/confirm}. */
    @Transactional
    public Confirmed confirm(String activityId, String accountId) {
        var confirmed = edits.confirm(activityId, accountId, activities.get(activityId).version());
        return new Confirmed(confirmed.id(), confirmed.name());
    }
}
