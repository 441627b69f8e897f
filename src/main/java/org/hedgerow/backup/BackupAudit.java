package org.hedgerow.backup;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.graphdb.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A restore happens offline, with no app to audit it, so it leaves a note in the store; the first start on the
 * restored store turns the note into an audit line: which backup, who ran the restore (their operating-system
 * account) and when.
 */
@Component
class BackupAudit {

    private static final Logger log = LoggerFactory.getLogger(BackupAudit.class);

    private final ObjectProvider<EmbeddedNeo4j> store;
    private final AuditTrail audit;

    BackupAudit(ObjectProvider<EmbeddedNeo4j> store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    static String detail(TakenBackup taken) {
        return taken.sizeBytes() + " bytes; database stopped " + taken.pauseMillis() + " ms"
                + (taken.pruned().isEmpty() ? "" : "; pruned " + String.join(", ", taken.pruned()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void auditRestore() {
        var embedded = store.getIfAvailable();
        if (embedded == null) {
            return;
        }
        embedded.takeRestoreNote().ifPresent(note -> {
            audit.recordAs(note.by(), null, AuditKind.BACKUP_RESTORED, "Backup", note.backup(),
                    "restored at " + note.at() + " by the operating-system user " + note.by());
            log.info("This store was restored from {} by {} at {}", note.backup(), note.by(), note.at());
        });
    }
}
