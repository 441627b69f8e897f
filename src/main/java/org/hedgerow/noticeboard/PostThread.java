package org.hedgerow.noticeboard;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A post with its replies, oldest first: the post's fields and a {@code replies} list beside them. */
public record PostThread(@JsonUnwrapped PostView post, List<ReplyView> replies) {
}
