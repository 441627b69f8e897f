package org.hedgerow.activities;

/**
 * Published after an activity was added, changed, archived, restored or confirmed as still current.
 * Carries only public directory facts.
 */
public record ActivityChanged(String activityId, String groupId, String localityCode, Change change, long version) {

    public enum Change {
        ADDED, CHANGED, ARCHIVED, RESTORED, CONFIRMED
    }
}
