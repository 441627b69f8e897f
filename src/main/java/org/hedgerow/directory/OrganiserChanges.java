package org.hedgerow.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to an organiser's profile; absent fields stay as they are. */
public record OrganiserChanges(
        @Size(min = 2, max = 120) String name,
        @Size(max = 2000) String bio,
        @NotNull Long version) {
}
