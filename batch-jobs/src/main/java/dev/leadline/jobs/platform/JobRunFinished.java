package dev.leadline.jobs.platform;

import dev.leadline.db.jooq.enums.JobRunStatus;
import java.util.Map;

/**
 * Published once when a run reaches its end (COMPLETED, FAILED or STOPPED; not when it is
 * requeued to resume), inside the transaction that records it and in the run's tenant
 * scope. The API's audit log listens.
 *
 * @param job how the job was declared (its audit actions among it)
 * @param target what the run worked on, for the audit log: its own run unless the job
 * named a target
 * @param summary the figures the job reported through {@link RunContext#summarise}, e.g.
 * rows inserted
 * @param stoppedBy the user who stopped it, when a person did
 */
public record JobRunFinished(long runId, Long tenantId, LaunchableJob job, JobRunStatus status, Target target,
		Map<String, Object> summary, Long stoppedBy) {

	/** The audit action of this end. */
	public String auditAction() {
		return this.status == JobRunStatus.COMPLETED ? this.job.completedAction() : this.job.endedAction();
	}

	/** The thing a run worked on, e.g. {@code contact_import} 7. */
	public record Target(String type, long id) {
	}

}
