package org.hedgerow.directory;

import jakarta.validation.constraints.NotNull;

/** The version the caller saw, for a change with nothing else to say (archive, restore, confirm). */
public record Version(@NotNull Long version) {
}
