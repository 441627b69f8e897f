package org.hedgerow.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to a category's or need's name (or a category's greenness); the code never changes. */
public record TermChanges(@Size(min = 2, max = 80) String name, Boolean green, @NotNull Long version) {
}
