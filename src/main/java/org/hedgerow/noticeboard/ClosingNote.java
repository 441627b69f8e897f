package org.hedgerow.noticeboard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Closes a post, saying how it was met ("the Strutts Centre kitchen, Thursdays").
 *
 * @param version the version the closer saw: if the post changed since, nothing is closed (409)
 */
record ClosingNote(@Size(max = 500) @Nullable String note, @NotNull Long version) {
}
