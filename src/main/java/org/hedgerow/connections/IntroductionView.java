package org.hedgerow.connections;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An introduction as its two organisers see it.
 *
 * @param about      the group it is about, if any
 * @param answeredAt when it was accepted or declined; null while requested
 * @param note       the recipient's word back, if any
 * @param gathering  the gathering where the two met, by id and title; null for an introduction asked for directly
 */
public record IntroductionView(String id, Named from, Named to, @Nullable Named about, String context,
                               IntroductionStatus status, Instant requestedAt, @Nullable Instant answeredAt, @Nullable String note,
                               long version, @Nullable Named gathering) {

    /** An organiser or group, by id and name. */
    public record Named(String id, String name) {
    }
}
