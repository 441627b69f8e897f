package org.hedgerow.noticeboard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closes a post, saying how it was met ("the Strutts Centre kitchen, Thursdays").
 *
 * @param version the version the closer saw: if the post changed since, nothing is closed (409)
 */
record ClosingNote(@Size(max = 500) String note, @NotNull Long version) {
}
