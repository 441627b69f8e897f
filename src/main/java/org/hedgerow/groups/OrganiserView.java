package org.hedgerow.groups;

import org.hedgerow.core.ListingStatus;

import java.util.List;

/** An organiser's public profile and the groups they run, with their role in each. */
record OrganiserView(String id, String name, String bio, List<Organises> groups, ListingStatus status,
                            long version) {

    record Organises(String groupId, String groupName, String role) {
    }
}
