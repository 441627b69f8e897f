package org.hedgerow.groups;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/**
 * A change to a group's own details; absent fields stay as they are, and an empty {@code description} or
 * {@code website} takes it away.
 *
 * @param locality the code of the locality it is now based in
 * @param version  the version the editor saw: if the group changed since, nothing is changed (409)
 */
@Schema(example = "{\"description\": \"Gentle walks by the Derwent, all welcome\", \"version\": 2}")
public record GroupChanges(
        @Size(min = 2, max = 120) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String name,
        @Size(max = 2000) @Nullable String description,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "must be a web address starting http:// or https://")
        @Nullable String website,
        @Nullable String locality,
        @NotNull Long version) {
}
