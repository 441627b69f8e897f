package org.hedgerow.live;

import java.time.Instant;
import java.util.Map;

/**
 * One live message: {@code seq} rises by one per destination (a gap means a message was missed, so the client
 * should catch up over REST with {@code changedSince}), {@code at} is when the change was seen to commit.
 */
public record LiveMessage(long seq, Instant at, String type, Map<String, Object> data) {
}
