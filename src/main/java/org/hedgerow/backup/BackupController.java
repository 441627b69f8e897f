package org.hedgerow.backup;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins see the backups kept, take one now (the answer comes when it is written: under a second on the demo
 * store) and delete one. Each backup taken or deleted is an audit line naming who and which. On an external Neo4j
 * the list says backups are that server's job, and taking or deleting one is refused (409).
 */
@RestController
@RequestMapping("/api/admin/backups")
@PreAuthorize("hasRole('ADMIN')")
class BackupController {

    private final Backups backups;
    private final BackupProperties settings;
    private final AuditTrail audit;

    BackupController(Backups backups, BackupProperties settings, AuditTrail audit) {
        this.backups = backups;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping
    BackupsOverview list() {
        String schedule = "-".equals(settings.schedule()) ? null : settings.schedule();
        if (!backups.available()) {
            return new BackupsOverview(false, ExternalNeo4jBackups.NOTE, settings.keep(), null, java.util.List.of());
        }
        return new BackupsOverview(true, null, settings.keep(), schedule, backups.list());
    }

    /** Takes a backup now; while the database is stopped for it, other requests are answered 503 Busy. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TakenBackup take() {
        var taken = backups.take();
        audit.record(AuditKind.BACKUP_TAKEN, "Backup", taken.name(), BackupAudit.detail(taken));
        return taken;
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name) {
        backups.delete(name);
        audit.record(AuditKind.BACKUP_DELETED, "Backup", name, null);
    }
}
