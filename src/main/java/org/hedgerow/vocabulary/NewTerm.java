package org.hedgerow.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new category or need; {@code green} says whether a category is a green (nature-based) one. */
@Schema(example = "{\"code\": \"GARDENING\", \"name\": \"Gardening and growing\", \"green\": true}")
record NewTerm(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2–40 capital letters, digits or underscores")
        String code,
        @NotBlank @Size(min = 2, max = 80) String name,
        @Nullable Boolean green) {
}
