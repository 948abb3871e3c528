package dev.leadline.api.jobs;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.WorkerRecovery;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Automatic recoveries by the platform go into the audit log like a person's actions. */
@Component
class JobAuditListener {

    private final AuditLog audit;

    JobAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    /** Runs queued by schedules, other jobs or the system; API triggers are audited with their user. */
    @EventListener
    void queued(JobRuns.RunQueued event) {
        if (!"api".equals(event.trigger().type())) {
            audit.record(event.tenantId(), null, "job.triggered", AuditLog.Target.of("job_run", event.runId()),
                    Map.of("job", event.jobName(), "trigger", event.trigger().type(),
                            "detail", String.valueOf(event.trigger().detail())));
        }
    }

    @EventListener
    void recovered(WorkerRecovery.JobRunRecovered event) {
        TenantContext.run(TenantScope.system(), () -> audit.record(event.tenantId(), null, "job.recovered",
                AuditLog.Target.of("job_run", event.runId()), Map.of("job", event.jobName(),
                        "worker", String.valueOf(event.workerId()), "requeued", event.requeued())));
    }
}
