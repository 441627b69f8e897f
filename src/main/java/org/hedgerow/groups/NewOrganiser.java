package org.hedgerow.groups;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new organiser, usually a co-organiser added to a group by someone who runs it.
 *
 * @param group the id of the group they organise, if any; a provider may only add organisers to their own groups
 * @param role  their role in it, e.g. "Walk leader"
 */
@Schema(example = "{\"name\": \"Robin Slack\", \"bio\": \"Back marker on the Tuesday walk\", \"group\": \"grp-long-eaton-friendship-walkers\", \"role\": \"Walk leader\"}")
record NewOrganiser(
        @NotBlank @Size(min = 2, max = 120) String name,
        @Size(max = 2000) @Nullable String bio,
        @Nullable String group,
        @Size(max = 60) @Nullable String role) {
}
