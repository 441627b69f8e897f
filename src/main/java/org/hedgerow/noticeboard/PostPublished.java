package org.hedgerow.noticeboard;

/**
 * A post went up on the noticeboard (published after commit).
 *
 * @param localityCode the locality the post was placed in, from what it is about; null if that has none
 */
public record PostPublished(String postId, PostKind kind, String localityCode, AboutKind aboutKind, String aboutId,
                            String title) {
}
