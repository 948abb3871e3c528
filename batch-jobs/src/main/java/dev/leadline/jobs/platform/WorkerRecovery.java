package dev.leadline.jobs.platform;

import dev.leadline.db.tenancy.TenantContext;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;
import static dev.leadline.db.jooq.Tables.WORKER;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds runs whose worker stopped heartbeating (killed, lost power, shut down before they
 * stopped) and recovers them: Spring Batch's execution and the run become FAILED with the
 * reason "worker lost", and jobs declared safe to resume are queued again. Any live
 * process does this; row locks keep it single.
 */
@Component
public class WorkerRecovery {

	private static final Logger log = LoggerFactory.getLogger(WorkerRecovery.class);

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobCatalog catalog;

	private final RunEvents events;

	private final JobPlatformProperties properties;

	private final ApplicationEventPublisher publisher;

	private final JobMetrics metrics;

	WorkerRecovery(DSLContext dsl, TransactionTemplate transactions, JobOperator jobOperator,
			JobRepository jobRepository, JobCatalog catalog, RunEvents events, JobPlatformProperties properties,
			ApplicationEventPublisher publisher, JobMetrics metrics) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.catalog = catalog;
		this.events = events;
		this.properties = properties;
		this.publisher = publisher;
		this.metrics = metrics;
	}

	/**
	 * One sweep over every tenant's active runs of other workers; returns how many were
	 * recovered.
	 */
	public int sweep(String ownWorkerId) {
		return TenantContext.system(() -> transactions.execute(status -> {
			OffsetDateTime deadline = OffsetDateTime.now().minus(properties.workerTimeout());
			List<JobRunRecord> lost = dsl.select(JOB_RUN.fields())
				.from(JOB_RUN)
				.leftJoin(WORKER)
				.on(WORKER.ID.eq(JOB_RUN.WORKER_ID))
				.where(JOB_RUN.STATUS.in(RunStatuses.ACTIVE))
				.and(JOB_RUN.WORKER_ID.isDistinctFrom(ownWorkerId))
				.and(WORKER.ID.isNull().or(WORKER.HEARTBEAT_AT.lt(deadline)).or(WORKER.STOPPED_AT.isNotNull()))
				.forUpdate()
				.of(JOB_RUN)
				.skipLocked()
				.fetchInto(JOB_RUN);
			lost.forEach(this::recover);
			return lost.size();
		}));
	}

	/**
	 * Recovers one locked, active run whose worker is gone. Call inside a transaction.
	 */
	JobRunStatus recover(JobRunRecord run) {
		String worker = run.getWorkerId();
		for (Long executionId : dsl.select(JOB_RUN_EXECUTION.JOB_EXECUTION_ID)
			.from(JOB_RUN_EXECUTION)
			.where(JOB_RUN_EXECUTION.JOB_RUN_ID.eq(run.getId()))
			.fetch(JOB_RUN_EXECUTION.JOB_EXECUTION_ID)) {
			JobExecution execution = jobRepository.getJobExecution(executionId);
			if (execution != null && execution.getStatus().isRunning()) {
				jobOperator.recover(execution);
			}
		}
		String reason = "worker lost: " + (worker == null ? "no worker" : worker) + " stopped heartbeating";
		boolean requeue = catalog.find(run.getJobName())
			.map(entry -> entry.declaration().unattendedResume())
			.orElse(false);
		run.setWorkerId(null);
		if (requeue) {
			// Not a failure of the run, which goes on: the loss is in its events.
			run.setStatus(JobRunStatus.QUEUED);
			run.setRestartPending(true);
			run.setQueuedAt(OffsetDateTime.now());
			run.setFailureType(null);
			run.setFailureMessage(null);
		}
		else {
			run.setStatus(JobRunStatus.FAILED);
			run.setEndedAt(OffsetDateTime.now());
			run.setFailureType("WorkerLost");
			run.setFailureMessage(reason);
		}
		run.store();
		events.warning(run.getId(), run.getTenantId(), "run.recovered",
				"FAILED: " + reason + (requeue ? "; queued again, it resumes after its last committed chunk"
						: "; it waits for an admin to restart it"));
		metrics.outcome(run.getJobName(), "worker_lost");
		log.warn("Recovered run {} ({}): {}{}", run.getId(), run.getJobName(), reason, requeue ? ", requeued" : "");
		publisher.publishEvent(new JobRunRecovered(run.getId(), run.getTenantId(), run.getJobName(), worker, requeue));
		return run.getStatus();
	}

	/**
	 * Published after a run of a dead worker was recovered (the API's audit log listens).
	 */
	public record JobRunRecovered(long runId, Long tenantId, String jobName, String workerId, boolean requeued) {
	}

}
