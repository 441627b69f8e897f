package org.hedgerow.noticeboard;

/** Someone replied to a post (published after commit). */
public record PostReplied(String postId, String replyId) {
}
