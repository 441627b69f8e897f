package org.hedgerow.groups;

import org.hedgerow.core.ListingStatus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An organiser's public profile and the groups they run, with their role in each. */
record OrganiserView(String id, String name, @Nullable String bio, List<Organises> groups, ListingStatus status,
                            long version) {

    record Organises(String groupId, String groupName, String role) {
    }
}
