package org.hedgerow.referral;

/**
 * Published after accepting a referral took one of an activity's spaces: the directory's {@code spacesLeft}
 * went down by one (to {@code spacesLeft}) and its version moved to {@code activityVersion}.
 */
public record SpaceTaken(String activityId, String groupId, int spacesLeft, long activityVersion) {
}
