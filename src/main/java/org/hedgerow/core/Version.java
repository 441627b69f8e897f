package org.hedgerow.core;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** The version the caller saw, for a change with nothing else to say (archive, restore, confirm). */
@Schema(example = "{\"version\": 3}")
public record Version(@NotNull Long version) {
}
