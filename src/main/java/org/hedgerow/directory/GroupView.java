package org.hedgerow.directory;

/** A group as the public directory shows it. */
public record GroupView(String id, String name, String description, String website, ListingStatus status,
                        String localityCode, String localityName, long version) {
}
