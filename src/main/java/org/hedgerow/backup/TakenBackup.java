package org.hedgerow.backup;

import java.time.Instant;

/**
 * A backup just taken, with what it cost.
 *
 * @param name        its file name
 * @param takenAt     when it was taken
 * @param sizeBytes   the dump's size on disk
 * @param tookMillis  the whole backup, waiting for requests at work included
 * @param pauseMillis how long the database was stopped (requests then were answered 503 Busy)
 * @param pruned      older backups deleted to keep the number set by {@code hedgerow.backup.keep}
 */
record TakenBackup(String name, Instant takenAt, long sizeBytes, long tookMillis, long pauseMillis,
                   java.util.List<String> pruned) {
}
