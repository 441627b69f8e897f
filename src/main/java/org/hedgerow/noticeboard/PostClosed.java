package org.hedgerow.noticeboard;

/** A post was closed: its offer taken up or its ask met (published after commit). */
public record PostClosed(String postId) {
}
