package org.hedgerow.gatherings;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A connection made at a gathering between two of the groups there.
 *
 * @param groups  the two groups' ids
 * @param context what they found to do together, in a sentence or two
 */
record NewConnection(
        @NotNull @Size(min = 2, max = 2, message = "name the two groups that met") List<@NotBlank @Size(max = 100) String> groups,
        @NotBlank @Size(min = 10, max = 500) String context) {
}
