package org.hedgerow.connections;

import java.time.LocalDate;
import java.util.List;

import org.hedgerow.connections.IntroductionView.Named;
import org.jspecify.annotations.Nullable;

/**
 * Someone an organiser knows, how they met and since when, and the groups that person runs.
 *
 * @param introductionId the introduction that made them known to each other, if it was one
 */
public record Acquaintance(Named organiser, List<Named> groups, @Nullable String context, @Nullable LocalDate since,
                          @Nullable String introductionId) {
}
