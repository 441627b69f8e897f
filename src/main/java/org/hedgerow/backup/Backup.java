package org.hedgerow.backup;

import java.time.Instant;

/**
 * One backup generation: a Neo4j dump of the whole graph in the backups directory.
 *
 * @param name      its file name, which says when it was taken (UTC)
 * @param takenAt   when it was taken
 * @param sizeBytes the dump's size on disk (compressed)
 */
record Backup(String name, Instant takenAt, long sizeBytes) {
}
