package dev.leadline.api.imports;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.jobs.csvimport.ContactImportFinished;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An import's end goes into the audit log with its counts (the worker publishes it). */
@Component
class ImportAuditListener {

    private final AuditLog audit;

    ImportAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void finished(ContactImportFinished event) {
        String action = "COMPLETED".equals(event.status()) ? "import.completed" : "import.ended";
        audit.record(event.tenantId(), null, action, AuditLog.Target.of("contact_import", event.importId()),
                Map.of("status", event.status(), "rows", event.rows(), "inserted", event.inserted(),
                        "updated", event.updated(), "duplicates", event.duplicates(), "rejected", event.rejected()));
    }
}
