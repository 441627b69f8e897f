package org.hedgerow.noticeboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post as the noticeboard shows it.
 *
 * @param locality   the locality the post was placed in, from what it is about when it was posted
 * @param replyCount how many replies it has
 * @param version    give it back to close or change the post: if the post changed since, nothing happens (409)
 * @param gathering  the gathering where it was planned; null for most posts
 */
public record PostView(String id, PostKind kind, String title, String text, List<String> topics, PostStatus status,
                       Instant createdAt, @Nullable Instant closedAt, @Nullable String closedNote, Author author, About about,
                       Place locality, long replyCount, long version,
                       @Nullable Gathering gathering) {

    /** A gathering, by id and title. */
    public record Gathering(String id, String title) {
    }

    /**
     * Who wrote a post or reply: an organiser (role PROVIDER, with their organiser id) or, for facilitators,
     * admins and link workers, the account's display name and role.
     */
    public record Author(String name, String role, @Nullable String organiserId) {
    }

    /** The group, activity, venue or locality a post is about. */
    public record About(AboutKind kind, String id, String name) {
    }

    /** A locality, by its code and name. */
    public record Place(String code, String name) {
    }
}
