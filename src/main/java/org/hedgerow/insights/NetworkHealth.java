package org.hedgerow.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How well joined up a place's network is, each finding with something a facilitator could do about it. Lists
 * hold at most {@value NetworkHealthChecks#LIST_LIMIT} items each; {@code counts} says how many there are in all.
 */
record NetworkHealth(GapMap.Place place, LocalDate from, LocalDate to, List<Isolated> isolated, List<Broker> brokers,
                     List<Overloaded> overloaded, List<Stale> stale, List<NoGreen> noGreen, Counts counts)
        implements InsightView {

    /** A group with no partnerships, no referrals to or from other groups, whose organisers know nobody outside it. */
    record Isolated(String groupId, String name, String localityCode, String why, String suggestion) {
    }

    /**
     * A group that many referral paths pass through: people referred to it, then on to another group.
     *
     * @param paths    onward referrals from the group to other groups in the period
     * @param onwardTo how many different groups it referred people on to
     */
    record Broker(String groupId, String name, String localityCode, Count paths, long onwardTo, String suggestion) {
    }

    /** An activity that received more referrals in the period than it has places per session. */
    record Overloaded(String activityId, String name, String groupId, Count referrals, long capacity,
                      String suggestion) {
    }

    /** An active listing not updated for six months. */
    record Stale(String activityId, String name, String groupId, Instant updatedAt, String suggestion) {
    }

    /** A locality with no active green activity in it or within it. */
    record NoGreen(String localityCode, String name, String suggestion) {
    }

    record Counts(long isolated, long brokers, long overloaded, long stale, long noGreen) {
    }
}
