package org.hedgerow.backup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The backups page: whether this app can take backups, where they go, and the generations kept, newest first.
 *
 * @param available whether backups are taken here (false on an external Neo4j: see {@code note})
 * @param note      why not, and what to use instead, when they are not
 * @param keep      how many generations are kept
 * @param schedule  the cron expression of scheduled backups, or null when there are none
 * @param backups   the generations, newest first
 */
record BackupsOverview(boolean available, @Nullable String note, int keep, @Nullable String schedule,
                       List<Backup> backups) {
}
