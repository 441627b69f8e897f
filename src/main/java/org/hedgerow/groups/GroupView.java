package org.hedgerow.groups;

import org.hedgerow.core.ListingStatus;

import java.time.Instant;
import java.util.List;

/** A group as the public directory shows it, with who runs it and how many activities it runs. */
record GroupView(String id, String name, String description, String website, ListingStatus status,
                        String localityCode, String localityName, List<Organiser> organisers, long activities,
                        Instant updatedAt, long version) {

    record Organiser(String id, String name, String role) {
    }
}
