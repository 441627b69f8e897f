package org.hedgerow.gatherings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An organiser's answer to an invitation.
 *
 * @param group   which of their invited groups answers; needed only when they organise more than one of them
 * @param version the gathering's version as the organiser saw it: if it changed since, nothing happens (409)
 */
record AnswerRequest(@NotNull Answer answer, @Size(max = 100) @Nullable String group, @NotNull Long version) {
}
