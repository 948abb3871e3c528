package dev.leadline.api.contacts;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.jobs.contacts.ContactsDeleted;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the end of bulk deletes (run by workers, so with no user) in the tenant's audit log. */
@Component
class ContactAuditListener {

    private final AuditLog audit;

    ContactAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void deleted(ContactsDeleted event) {
        String action = "COMPLETED".equals(event.status()) ? "contact.bulk_deleted" : "contact.bulk_delete_ended";
        audit.record(event.tenantId(), null, action, AuditLog.Target.of("job_run", event.runId()),
                Map.of("status", event.status(), "deleted", event.deleted()));
    }
}
