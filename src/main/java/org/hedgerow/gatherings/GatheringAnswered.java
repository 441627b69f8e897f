package org.hedgerow.gatherings;

/**
 * An invited group answered (published after commit): which group, what it said, and the gathering's version
 * after the answer. A group's answer is not personal data.
 */
public record GatheringAnswered(String gatheringId, String groupId, Answer answer, long version) {
}
