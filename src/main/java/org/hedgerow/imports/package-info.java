/**
 * Importing an Open Referral UK 3.0 feed (by URL from an allowed host, or as an uploaded file): its services,
 * organizations and locations become activities, groups and venues, always through the owning modules' own
 * services. A dry run first says what would be added, changed, left alone or refused and why; applying writes one
 * service per transaction, remembers each listing's source and external id ({@code ImportedListing}), reports
 * fields changed on both sides as conflicts, keeps unmapped taxonomy terms in a mapping table, resumes after a
 * restart, and lets the real organiser claim an imported group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feed imports")
@org.jspecify.annotations.NullMarked
package org.hedgerow.imports;
