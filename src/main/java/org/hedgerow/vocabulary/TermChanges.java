package org.hedgerow.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.core.Text;
import org.jspecify.annotations.Nullable;

/** A change to a category's or need's name (or a category's greenness); the code never changes. */
@Schema(example = "{\"name\": \"Growing food\", \"version\": 0}")
record TermChanges(
        @Size(min = 2, max = 80) @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)
                @Nullable String name,
        @Nullable Boolean green, @NotNull Long version) {
}
