package org.hedgerow.backup;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where backups go, how many are kept and when they are taken.
 *
 * @param dir      the directory of the dumps; by default {@code ./backups}, beside the store ({@code ./data/neo4j})
 *                 rather than inside it, so that wiping or restoring the store never touches them, and it is one
 *                 directory to copy off the machine or mount from elsewhere
 * @param keep     how many backups to keep: after each new one, the oldest beyond this are deleted
 * @param schedule a cron expression (Spring's six fields, e.g. {@code 0 30 2 * * *} for 02:30 every day) for
 *                 backups taken by themselves; {@code -} (the default) for none
 * @param drain    how long a backup waits for the API requests at work to finish before it stops the database; if
 *                 they have not, it is not taken (503 Busy to an admin, a warning for a scheduled one)
 */
@Validated
@ConfigurationProperties("hedgerow.backup")
record BackupProperties(
        @DefaultValue("./backups") Path dir,
        @DefaultValue("7") @Min(1) int keep,
        @DefaultValue("-") String schedule,
        @DefaultValue("10s") Duration drain) {
}
