package org.hedgerow.activities;

/** Published after an activity's capacity or spaces left changed: "two places left on Tuesday's walk". */
public record CapacityChanged(String activityId, String groupId, String localityCode, Integer capacity,
                              Integer spacesLeft, long version) {
}
