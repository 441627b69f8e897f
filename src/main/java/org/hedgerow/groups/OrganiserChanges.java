package org.hedgerow.groups;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/** A change to an organiser's profile; absent fields stay as they are. */
@Schema(example = "{\"bio\": \"Has walked every footpath in Belper\", \"version\": 1}")
record OrganiserChanges(
        @Size(min = 2, max = 120) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String name,
        @Size(max = 2000) @Nullable String bio,
        @NotNull Long version) {
}
