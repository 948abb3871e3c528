package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Links every job execution to its run the moment it starts, as one attempt with its own
 * times and worker, so progress and control work while it runs.
 */
@Component
class RunExecutionListener implements JobExecutionListener {

	private final DSLContext dsl;

	private final RunEvents events;

	private final RunningExecutions running;

	private final JobRepository jobRepository;

	RunExecutionListener(DSLContext dsl, RunEvents events, RunningExecutions running, JobRepository jobRepository) {
		this.jobRepository = jobRepository;
		this.dsl = dsl;
		this.events = events;
		this.running = running;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Long runId = execution.getJobParameters().getLong(RunContext.RUN_ID);
		if (runId == null) {
			return;
		}
		Long tenantId = execution.getJobParameters().getLong(RunContext.TENANT_ID);
		JobRunRecord run = this.dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(runId)).fetchSingle();
		this.dsl.insertInto(JOB_RUN_EXECUTION)
			.set(JOB_RUN_EXECUTION.JOB_EXECUTION_ID, execution.getId())
			.set(JOB_RUN_EXECUTION.JOB_RUN_ID, runId)
			.set(JOB_RUN_EXECUTION.TENANT_ID, tenantId)
			.set(JOB_RUN_EXECUTION.QUEUED_AT, run.getQueuedAt())
			.set(JOB_RUN_EXECUTION.WORKER_ID, run.getWorkerId())
			.execute();
		// The run's times are its current attempt's: queued, then started, in that order.
		int started = this.dsl.update(JOB_RUN)
			.set(JOB_RUN.STATUS, JobRunStatus.STARTED)
			.set(JOB_RUN.STARTED_AT, OffsetDateTime.now())
			.where(JOB_RUN.ID.eq(runId))
			.and(JOB_RUN.STATUS.eq(JobRunStatus.STARTING))
			.execute();
		this.running.executing(runId, execution.getId());
		this.events.info(runId, tenantId, "execution.started", "Execution " + execution.getId() + " started");
		if (started == 0) {
			// A stop arrived while the worker was launching: honour it at the first chunk
			// boundary.
			execution.setStatus(BatchStatus.STOPPING);
			this.jobRepository.update(execution);
		}
	}

}
