package org.hedgerow.noticeboard;

import java.time.Instant;

/** A reply to a post. */
public record ReplyView(String id, String text, Instant createdAt, PostView.Author author) {
}
