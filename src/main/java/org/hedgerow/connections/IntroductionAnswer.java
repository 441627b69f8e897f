package org.hedgerow.connections;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Accepting or declining an introduction.
 *
 * @param version the version the recipient saw: if it changed since, nothing happens (409)
 * @param note    optionally, a word back to the organiser who asked
 */
public record IntroductionAnswer(@NotNull Long version, @Size(max = 500) @Nullable String note) {
}
