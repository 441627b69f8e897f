package org.hedgerow.notifications;

import java.util.stream.Stream;

import org.hedgerow.activities.SessionChanged;
import org.hedgerow.connections.IntroductionDeclined;
import org.hedgerow.connections.IntroductionMade;
import org.hedgerow.connections.IntroductionRequested;
import org.hedgerow.gatherings.GatheringConvened;
import org.hedgerow.noticeboard.PostReplied;
import org.hedgerow.referral.ReferralMade;
import org.hedgerow.referral.ReferralStatus;
import org.hedgerow.referral.ReferralStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other features' events into notifications. Plain {@link EventListener}s: they run on the publishing thread
 * inside the change's transaction, so the notifications (and their mails) commit or roll back with the change; a
 * failure here fails the change rather than losing a notification. Each says which activity and links to the app.
 */
@Component
class NotificationEvents {

    private final Recipients recipients;
    private final Outbox outbox;

    NotificationEvents(Recipients recipients, Outbox outbox) {
        this.recipients = recipients;
        this.outbox = outbox;
    }

    /** A referral arrived (to the group's organisers); if it was made onward, whoever referred before hears too. */
    @EventListener
    void on(ReferralMade made) {
        outbox.tellReferralMade(made.referralId(), made.groupId());
    }

    /**
     * To whoever made the referral; a withdrawal by them to the group's organisers instead. A move neither side made
     * (Hedgerow withdrawing a referral left waiting, an admin on the person's behalf) to both.
     */
    @EventListener
    void on(ReferralStatusChanged changed) {
        var told = !changed.byEitherSide()
                ? Stream.concat(recipients.groupOrganisers(changed.groupId()).stream(),
                        recipients.referrers(changed.referralId()).stream()).distinct().toList()
                : changed.to() == ReferralStatus.WITHDRAWN
                ? recipients.groupOrganisers(changed.groupId()) : recipients.referrers(changed.referralId());
        outbox.tell(told, Told.of(NotificationKind.REFERRAL_STATUS_CHANGED, changed.activityId(),
                recipients.activityName(changed.activityId()), changed.to().name(), null,
                "/referrals/" + changed.referralId()));
    }

    @EventListener
    void on(IntroductionRequested requested) {
        var asked = recipients.organiser(requested.toOrganiserId());
        var asking = recipients.organiser(requested.fromOrganiserId());
        outbox.tell(asked.accountIds(), Told.of(NotificationKind.INTRODUCTION_ASKED, null, null, "REQUESTED",
                asking.name(), "/provider/connections"));
    }

    @EventListener
    void on(IntroductionMade made) {
        answered(made.fromOrganiserId(), made.toOrganiserId(), "ACCEPTED");
    }

    @EventListener
    void on(IntroductionDeclined declined) {
        answered(declined.fromOrganiserId(), declined.toOrganiserId(), "DECLINED");
    }

    private void answered(String asking, String asked, String answer) {
        outbox.tell(recipients.organiser(asking).accountIds(), Told.of(NotificationKind.INTRODUCTION_ANSWERED,
                null, null, answer, recipients.organiser(asked).name(), "/provider/connections"));
    }

    @EventListener
    void on(SessionChanged changed) {
        outbox.tell(recipients.openReferrers(changed.activityId()), new Told(NotificationKind.SESSION_CHANGED,
                changed.activityId(), changed.activityName(), changed.status().name(), changed.date(), null,
                "/activities/" + changed.activityId(), null, null));
    }

    @EventListener
    void on(PostReplied replied) {
        var author = recipients.postAuthor(replied.postId(), replied.replyId());
        outbox.tell(author.accountIds(), Told.of(NotificationKind.POST_REPLY, null, null, null, author.name(),
                "/noticeboard"));
    }

    @EventListener
    void on(GatheringConvened convened) {
        var invited = recipients.invited(convened.gatheringId());
        outbox.tell(invited.accountIds(), Told.of(NotificationKind.GATHERING_INVITATION, null, null, null,
                invited.name(), "/provider/gatherings"));
    }
}
