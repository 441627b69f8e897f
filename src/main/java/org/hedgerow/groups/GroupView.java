package org.hedgerow.groups;

import org.hedgerow.core.ListingStatus;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group as the public directory shows it, with who runs it and how many activities it runs. */
public record GroupView(String id, String name, @Nullable String description, @Nullable String website, ListingStatus status,
                        String localityCode, String localityName, List<Organiser> organisers, long activities,
                        @Nullable Instant updatedAt, long version) {

    public record Organiser(String id, String name, String role) {
    }
}
