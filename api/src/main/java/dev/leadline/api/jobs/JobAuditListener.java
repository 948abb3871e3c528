package dev.leadline.api.jobs;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.platform.JobRunFinished;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.WorkerRecovery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one audit listener of every job: runs queued without a person, every run's end,
 * automatic recoveries.
 */
@Component
class JobAuditListener {

	private final AuditLog audit;

	JobAuditListener(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Runs queued by schedules, other jobs or the system; API triggers are audited with
	 * their user.
	 */
	@EventListener
	void queued(JobRuns.RunQueued event) {
		if (!"api".equals(event.trigger().type())) {
			audit.record(event.tenantId(), null, "job.triggered", AuditLog.Target.of("job_run", event.runId()),
					Map.of("job", event.jobName(), "trigger", event.trigger().type(), "detail",
							String.valueOf(event.trigger().detail())));
		}
	}

	/**
	 * Every run's end, with what the job reported; the job's declaration names the
	 * action.
	 */
	@EventListener
	void finished(JobRunFinished event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("job", event.job().name());
		details.put("status", event.status().getLiteral());
		details.putAll(event.summary());
		if (event.target().type().equals("job_run")) {
			details.put("run", event.runId());
		}
		audit.record(event.tenantId(), null, event.auditAction(),
				AuditLog.Target.of(event.target().type(), event.target().id()), details);
	}

	@EventListener
	void recovered(WorkerRecovery.JobRunRecovered event) {
		TenantContext.run(TenantScope.system(),
				() -> audit.record(event.tenantId(), null, "job.recovered",
						AuditLog.Target.of("job_run", event.runId()), Map.of("job", event.jobName(), "worker",
								String.valueOf(event.workerId()), "requeued", event.requeued())));
	}

}
