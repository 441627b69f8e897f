package org.hedgerow.noticeboard;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/**
 * The author's change to an open post; absent fields stay as they are.
 *
 * @param version the version the author saw: if the post changed since, nothing is changed (409)
 */
record PostChanges(
        @Size(min = 3, max = 120) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String title,
        @Size(min = 1, max = 4000) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String text,
        @Size(min = 1, max = 5, message = "give 1 to 5 topics")
        @Nullable List<@NotNull @Pattern(regexp = NewPost.TOPIC, message = NewPost.TOPIC_MESSAGE) String> topics,
        @NotNull Long version) {

    List<String> distinctTopics() {
        return topics == null ? null : topics.stream().distinct().toList();
    }
}
