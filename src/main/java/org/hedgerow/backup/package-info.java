/**
 * Backups of the embedded store: Neo4j dumps taken on demand (admin API) or on a schedule, kept for a set number of
 * generations, restored offline with {@code --hedgerow.restore=<file>}. An external Neo4j is backed up by its own
 * server's tools; here the API says so.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backups")
@org.jspecify.annotations.NullMarked
package org.hedgerow.backup;
