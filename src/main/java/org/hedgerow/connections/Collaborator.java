package org.hedgerow.connections;

import java.util.List;

/**
 * A group suggested to work with, and why: every reason is a path through the network, best first.
 *
 * @param score the sum of its reasons' weights (see {@link ReasonKind}); suggestions come highest first
 */
public record Collaborator(Step group, String locality, int score, List<Reason> reasons) {

    /**
     * One reason to meet: a path through the graph and the sentence a person reads.
     *
     * @param steps         the nodes along the path, from the group asked about to the group suggested
     * @param relationships {@code relationships[i]} joins {@code steps[i]} and {@code steps[i + 1]}
     * @param count         how many: referrals sent, venues shared or categories added; 1 for a chain of
     *                      acquaintance
     */
    public record Reason(ReasonKind kind, int weight, String sentence, List<Step> steps,
                         List<Link> relationships, long count) {
    }

    /** A node on a path: a group, organiser, venue, locality, activity or category (by its code). */
    public record Step(StepKind kind, String id, String name) {
    }

    /**
     * A relationship on a path. {@code forward} says whether it points from the earlier step to the later
     * one. {@code REFERRED_TO} is derived: referrals made by the group's organisers to the other group's
     * activities, counted and never shown one by one.
     */
    public record Link(String type, boolean forward) {
    }

    public enum StepKind {
        GROUP, ORGANISER, VENUE, LOCALITY, ACTIVITY, CATEGORY
    }
}
