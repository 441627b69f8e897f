package org.hedgerow.connections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to meet another organiser.
 *
 * @param to      the organiser to meet
 * @param context why the two should meet, in a sentence or two; becomes the context of their acquaintance
 * @param group   optionally, the group the introduction is about
 * @param from    who asks: a provider's own organiser (the default); required when an admin asks on
 *                someone's behalf
 */
public record IntroductionRequest(
        @NotBlank @Size(max = 100) String to,
        @NotBlank @Size(min = 10, max = 500) String context,
        @Size(max = 100) @Nullable String group,
        @Size(max = 100) @Nullable String from) {
}
