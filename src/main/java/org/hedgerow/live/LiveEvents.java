package org.hedgerow.live;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hedgerow.connections.IntroductionDeclined;
import org.hedgerow.connections.IntroductionMade;
import org.hedgerow.connections.IntroductionRequested;
import org.hedgerow.gatherings.GatheringAnswered;
import org.hedgerow.gatherings.GatheringConvened;
import org.hedgerow.imports.ImportProgressed;
import org.hedgerow.activities.ActivityChanged;
import org.hedgerow.activities.CapacityChanged;
import org.hedgerow.activities.SessionChanged;
import org.hedgerow.noticeboard.PostClosed;
import org.hedgerow.notifications.NotificationsAdded;
import org.hedgerow.noticeboard.PostPublished;
import org.hedgerow.noticeboard.PostReplied;
import org.hedgerow.referral.ReferralMade;
import org.hedgerow.referral.ReferralStatusChanged;
import org.hedgerow.referral.SpaceReturned;
import org.hedgerow.referral.SpaceTaken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what other features announce after commit into live messages. Listeners run only once the change has
 * committed ({@link TransactionalEventListener} in its default AFTER_COMMIT phase), note the time, and hand the
 * rest to the {@link LiveSender}'s thread, so the request that made the change does not wait for the sending.
 * Public topics get ids and public facts; referrals and introductions go only to the people concerned.
 * <p>
 * Not {@code @ApplicationModuleListener}: that one is {@code @Async} and opens a transaction of its own, so
 * listeners for two commits could hand over in either order, and each destination's numbering (1, 2, 3… in
 * commit order) relies on the hand-over happening on the committing thread, in commit order.
 */
@Component
class LiveEvents {

    private final LiveSender sender;
    private final Audience audience;

    LiveEvents(LiveSender sender, Audience audience) {
        this.sender = sender;
        this.audience = audience;
    }

    /** An import's progress, to the person who started it only (ids and counts, no listing data). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ImportProgressed progressed) {
        var at = Instant.now();
        sender.later("import " + progressed.importId(), () -> sender.toUsers(List.of(progressed.username()),
                SubscriptionRules.IMPORTS, at, "import.progress", data("importId", progressed.importId(),
                        "status", progressed.status(), "done", progressed.done(), "total", progressed.total())));
    }

    @TransactionalEventListener
    void on(ActivityChanged changed) {
        var at = Instant.now();
        var change = changed.change().name().toLowerCase(Locale.ROOT);
        sender.later("activity " + changed.activityId(), () -> {
            var locality = changed.localityCode() != null ? changed.localityCode()
                    : audience.activityPlace(changed.activityId()).code();
            toLocality(locality, at, "activity." + change, data("activityId", changed.activityId(),
                    "groupId", changed.groupId(), "localityCode", locality, "version", changed.version()));
            toNetwork(at, "activity", change, locality);
        });
    }

    /**
     * A session cancelled or changed (or put back as planned): to everyone following the place, and on their own
     * referral queue to whoever has an open referral into the activity (the link worker, or the provider who referred
     * the person on), since someone they referred may be about to set off. The activity, the date and the change
     * only: never who was referred.
     */
    @TransactionalEventListener
    void on(SessionChanged changed) {
        var at = Instant.now();
        sender.later("session of " + changed.activityId(), () -> {
            var locality = changed.localityCode() != null ? changed.localityCode()
                    : audience.activityPlace(changed.activityId()).code();
            var news = data("activityId", changed.activityId(), "activityName", changed.activityName(),
                    "groupId", changed.groupId(),
                    "localityCode", locality, "date", changed.date().toString(), "status", changed.status().name(),
                    "note", changed.note(), "venueId", changed.venueId(), "venueName", changed.venueName(),
                    "startTime", changed.startTime() == null ? null : changed.startTime().toString());
            toLocality(locality, at, "activity.session", news);
            sender.toUsers(audience.openReferrers(changed.activityId()), SubscriptionRules.REFERRALS, at,
                    "activity.session", news);
        });
    }

    @TransactionalEventListener
    void on(CapacityChanged changed) {
        var at = Instant.now();
        sender.later("capacity of " + changed.activityId(), () -> {
            capacity(at, changed.activityId(), changed.groupId(), changed.localityCode(), changed.capacity(),
                    changed.spacesLeft(), changed.version());
            toNetwork(at, "activity", "changed", changed.localityCode());
        });
    }

    @TransactionalEventListener
    void on(SpaceTaken taken) {
        var at = Instant.now();
        sender.later("space in " + taken.activityId(), () -> capacity(at, taken.activityId(), taken.groupId(), null,
                null, taken.spacesLeft(), taken.activityVersion()));
    }

    @TransactionalEventListener
    void on(SpaceReturned returned) {
        var at = Instant.now();
        sender.later("space in " + returned.activityId(), () -> capacity(at, returned.activityId(),
                returned.groupId(), null, null, returned.spacesLeft(), returned.activityVersion()));
    }

    private void capacity(Instant at, String activityId, String groupId, String locality, Integer capacity,
                          Integer spacesLeft, long version) {
        if (locality == null || capacity == null) {
            var place = audience.activityPlace(activityId);
            locality = locality != null ? locality : place.code();
            capacity = capacity != null ? capacity : place.capacity();
        }
        toLocality(locality, at, "activity.capacity", data("activityId", activityId, "groupId", groupId,
                "localityCode", locality, "capacity", capacity, "spacesLeft", spacesLeft, "version", version));
    }

    /** The title and text are for signed-in readers: the public topic only says that there is a new post. */
    @TransactionalEventListener
    void on(PostPublished published) {
        var at = Instant.now();
        sender.later("post " + published.postId(), () -> toLocality(published.localityCode(), at, "post.published",
                data("postId", published.postId(), "kind", published.kind().name(),
                        "localityCode", published.localityCode(), "aboutKind", published.aboutKind().name(),
                        "aboutId", published.aboutId())));
    }

    @TransactionalEventListener
    void on(PostReplied replied) {
        var at = Instant.now();
        sender.later("reply to " + replied.postId(), () -> {
            var locality = audience.postLocality(replied.postId());
            toLocality(locality, at, "post.replied",
                    data("postId", replied.postId(), "replyId", replied.replyId(), "localityCode", locality));
        });
    }

    @TransactionalEventListener
    void on(PostClosed closed) {
        var at = Instant.now();
        sender.later("post " + closed.postId(), () -> {
            var locality = audience.postLocality(closed.postId());
            toLocality(locality, at, "post.closed", data("postId", closed.postId(), "localityCode", locality));
        });
    }

    @TransactionalEventListener
    void on(ReferralMade made) {
        var at = Instant.now();
        sender.later("referral " + made.referralId(), () -> {
            var news = audience.referralNews(made.referralId());
            sender.toUsers(news.usernames(), SubscriptionRules.REFERRALS, at,
                    "referral.made", data("referralId", made.referralId(), "activityId", made.activityId(),
                            "groupId", made.groupId(), "status", made.status().name()));
            toNetwork(at, "referral", "made", news.localityCode());
        });
    }

    @TransactionalEventListener
    void on(ReferralStatusChanged changed) {
        var at = Instant.now();
        sender.later("referral " + changed.referralId(), () -> {
            var news = audience.referralNews(changed.referralId());
            sender.toUsers(news.usernames(), SubscriptionRules.REFERRALS, at,
                    "referral.status", data("referralId", changed.referralId(), "activityId", changed.activityId(),
                            "groupId", changed.groupId(), "from", changed.from().name(), "to", changed.to().name(),
                            "version", changed.version()));
            toNetwork(at, "referral", "status", news.localityCode());
        });
    }

    @TransactionalEventListener
    void on(IntroductionRequested requested) {
        introduction(Instant.now(), "requested", requested.introductionId(), requested.fromOrganiserId(),
                requested.toOrganiserId());
    }

    @TransactionalEventListener
    void on(IntroductionMade made) {
        var at = Instant.now();
        introduction(at, "made", made.introductionId(), made.fromOrganiserId(), made.toOrganiserId());
        sender.later("network", () -> toNetwork(at, "introduction", "made", null));
    }

    @TransactionalEventListener
    void on(IntroductionDeclined declined) {
        introduction(Instant.now(), "declined", declined.introductionId(), declined.fromOrganiserId(),
                declined.toOrganiserId());
    }

    /** A new gathering, told to those it concerns (its facilitators and the invited groups' organisers). */
    @TransactionalEventListener
    void on(GatheringConvened convened) {
        var at = Instant.now();
        sender.later("gathering " + convened.gatheringId(), () -> sender.toUsers(
                audience.gatheringPeople(convened.gatheringId()), SubscriptionRules.GATHERINGS, at, "gathering.convened",
                data("gatheringId", convened.gatheringId(), "localityCode", convened.localityCode())));
    }

    /** A group's answer, live to the facilitator and the other invited organisers; nobody else. */
    @TransactionalEventListener
    void on(GatheringAnswered answered) {
        var at = Instant.now();
        sender.later("gathering " + answered.gatheringId(), () -> sender.toUsers(
                audience.gatheringPeople(answered.gatheringId()), SubscriptionRules.GATHERINGS, at,
                "gathering.answered", data("gatheringId", answered.gatheringId(), "groupId", answered.groupId(),
                        "answer", answered.answer().name(), "version", answered.version())));
    }

    /** Someone has new notifications: their own queue only, with no content (the centre fetches it, as theirs). */
    @TransactionalEventListener
    void on(NotificationsAdded added) {
        var at = Instant.now();
        sender.later("notifications", () -> sender.toUsers(added.usernames(), SubscriptionRules.NOTIFICATIONS, at,
                "notification.added", data()));
    }

    private void introduction(Instant at, String what, String id, String from, String to) {
        sender.later("introduction " + id, () -> sender.toUsers(audience.organiserAccounts(List.of(from, to)),
                SubscriptionRules.INTRODUCTIONS, at, "introduction." + what,
                data("introductionId", id, "fromOrganiserId", from, "toOrganiserId", to)));
    }

    private void toLocality(String locality, Instant at, String type, Map<String, Object> data) {
        for (var code : audience.localityAndAbove(locality)) {
            sender.toTopic(SubscriptionRules.LOCALITY_PREFIX + code, at, type, data);
        }
    }

    private void toNetwork(Instant at, String what, String change, String locality) {
        sender.toTopic(SubscriptionRules.NETWORK, at, "network.changed", data("what", what, "change", change,
                "localityCode", locality, "counts", audience.counts()));
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        var data = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
