package org.hedgerow.backup;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.ApiPause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Backups by the clock, when {@code hedgerow.backup.schedule} is a cron expression (off by default). Audited as
 * taken by {@code scheduler}. One that cannot be taken (requests kept at work, a full disk) is logged and the next
 * one tried at its time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(BackupProperties.class)
class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    static final String ACTOR = "scheduler";

    private final Backups backups;
    private final AuditTrail audit;

    ScheduledBackups(Backups backups, AuditTrail audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @Scheduled(cron = "${hedgerow.backup.schedule:-}", zone = "UTC")
    void takeScheduledBackup() {
        if (!backups.available()) {
            log.warn("hedgerow.backup.schedule is set, but the graph is in an external Neo4j: back it up there");
            return;
        }
        try {
            var taken = backups.take();
            audit.recordAs(ACTOR, null, AuditKind.BACKUP_TAKEN, "Backup", taken.name(), BackupAudit.detail(taken));
        }
        catch (ApiPause.NotStill | java.io.UncheckedIOException ex) {
            log.warn("The scheduled backup was not taken: {}", ex.getMessage());
        }
    }
}
