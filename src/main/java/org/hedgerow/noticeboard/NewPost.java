package org.hedgerow.noticeboard;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A post to put up.
 *
 * @param topics 1 to 5 lower-case tags such as {@code volunteers} or {@code venue-wanted}
 * @param about     the one group, activity, venue or locality it is about; its locality places the post
 * @param gathering optionally, the id of the gathering where what the post says was planned
 */
public record NewPost(
        @NotNull @Pattern(regexp = KINDS, message = "must be OFFER, ASK or NEWS") String kind,
        @NotBlank @Size(min = 3, max = 120) String title,
        @NotBlank @Size(max = 4000) String text,
        @NotNull @Size(min = 1, max = 5, message = "give 1 to 5 topics")
        List<@NotNull @Pattern(regexp = TOPIC, message = TOPIC_MESSAGE) String> topics,
        @NotNull @Valid About about,
        @Size(max = 100) @Nullable String gathering) {

    static final String KINDS = "OFFER|ASK|NEWS";
    static final String TOPIC = "[a-z0-9-]{2,30}";
    static final String TOPIC_MESSAGE = "a topic is 2 to 30 lower-case letters, digits or '-'";

    /** Which thing the post is about, e.g. {@code {"kind": "VENUE", "id": "v-strutts"}}. */
    public record About(
            @NotNull @Pattern(regexp = "GROUP|ACTIVITY|VENUE|LOCALITY",
                    message = "must be GROUP, ACTIVITY, VENUE or LOCALITY") String kind,
            @NotBlank @Size(max = 100) String id) {
    }

    /** The topics once each, in the order given. */
    List<String> distinctTopics() {
        return topics.stream().distinct().toList();
    }
}
