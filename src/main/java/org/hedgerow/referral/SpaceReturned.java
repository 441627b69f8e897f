package org.hedgerow.referral;

/**
 * Published after a referral that held one of an activity's spaces (it took one when accepted) was declined
 * or withdrawn: the space is free again, so {@code spacesLeft} went up by one (never above the capacity) and
 * the activity's version moved to {@code activityVersion}. A completed referral keeps its space: whether a
 * finished place is offered again is the organiser's call ({@code PUT /api/activities/{id}/spaces}).
 */
public record SpaceReturned(String activityId, String groupId, int spacesLeft, long activityVersion) {
}
