package org.hedgerow.gatherings;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A gathering as its facilitator and invited organisers see it.
 *
 * @param venue       the directory's venue it is at, if any
 * @param place       where it is, in words, if given
 * @param locality    the place it is for
 * @param convenedBy  the display name of the account that convened it
 * @param invited     each invited group and its answer (null until it answers); {@code yours} marks the caller's
 * @param connections introductions recorded as made there
 * @param plans       noticeboard posts of the plans made there
 * @param version     give it back to answer: if the gathering changed since, nothing happens (409)
 */
public record GatheringView(String id, String title, Instant startsAt, @Nullable Named venue, @Nullable String place,
                            @Nullable Place locality, @Nullable String convenedBy, List<Invitation> invited, List<Connection> connections,
                            List<Plan> plans, long version) {

    public record Named(String id, String name) {
    }

    public record Place(String code, String name) {
    }

    public record Invitation(Named group, @Nullable Answer answer, @Nullable Instant answeredAt, boolean yours) {
    }

    /** Two organisers who met there, each with the invited group they came for. */
    public record Connection(String introductionId, Named from, @Nullable Named fromGroup, Named to,
                             @Nullable Named toGroup,
                             String context, Instant madeAt) {
    }

    public record Plan(String postId, String title, Instant createdAt) {
    }
}
