package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;
import static dev.leadline.db.jooq.Tables.WORKER;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's front door: trigger a run (answered at once, run later by any worker),
 * and stop, restart, abandon or recover one. Every method works in the caller's tenant
 * scope, so a run of another tenant is simply not found; callers in the system scope
 * reach every run.
 */
@Service
public class JobRuns {

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final JobCatalog catalog;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunEvents events;

	private final JobPlatformProperties properties;

	private final JsonMapper json;

	private final ApplicationEventPublisher publisher;

	/** Published inside the trigger's transaction when a new run was queued. */
	public record RunQueued(long runId, Long tenantId, String jobName, RunTrigger trigger) {
	}

	JobRuns(DSLContext dsl, TransactionTemplate transactions, JobCatalog catalog, JobOperator jobOperator,
			JobRepository jobRepository, RunEvents events, JobPlatformProperties properties, JsonMapper json,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.dsl = dsl;
		this.transactions = transactions;
		this.catalog = catalog;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.events = events;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * Records a durable request to run {@code jobName}; a worker claims it. Call in the
	 * tenant's scope (or the system scope for platform jobs, with a null tenant).
	 * @param idempotencyKey optional: the same key and request answer the same run
	 * @throws UnknownJobException when no such job is registered
	 * @throws IdempotencyKeyReusedException when the key was used for a different request
	 * @throws ReservedJobParameterException when a parameter uses a platform name
	 * ({@code run.*}, {@code tenant.*})
	 */
	public RunTicket trigger(Long tenantId, String jobName, Map<String, String> parameters, RunTrigger trigger,
			String idempotencyKey, Long itemsExpected) {
		catalog.get(jobName);
		RunContext.refuseReserved(parameters.keySet());
		Map<String, String> sorted = new TreeMap<>(parameters);
		String hash = sha256(jobName + "\n" + json.writeValueAsString(sorted));
		return transactions.execute(status -> {
			Long id = dsl.insertInto(JOB_RUN)
				.set(JOB_RUN.TENANT_ID, tenantId)
				.set(JOB_RUN.JOB_NAME, jobName)
				.set(JOB_RUN.TRIGGER_TYPE, trigger.type())
				.set(JOB_RUN.TRIGGERED_BY, trigger.userId())
				.set(JOB_RUN.TRIGGER_DETAIL, trigger.detail())
				.set(JOB_RUN.PARAMETERS, JSONB.valueOf(json.writeValueAsString(sorted)))
				.set(JOB_RUN.IDEMPOTENCY_KEY, idempotencyKey)
				.set(JOB_RUN.REQUEST_HASH, hash)
				.set(JOB_RUN.ITEMS_EXPECTED, itemsExpected)
				.onConflictDoNothing()
				.returning(JOB_RUN.ID)
				.fetchOne(JOB_RUN.ID);
			if (id != null) {
				events.info(id, tenantId, "run.queued", "Queued by " + trigger.type()
						+ (trigger.userId() == null ? "" : " (user " + trigger.userId() + ")"));
				publisher.publishEvent(new RunQueued(id, tenantId, jobName, trigger));
				return new RunTicket(id, true);
			}
			Record2<Long, String> existing = dsl.select(JOB_RUN.ID, JOB_RUN.REQUEST_HASH)
				.from(JOB_RUN)
				.where(JOB_RUN.TENANT_ID.isNotDistinctFrom(tenantId))
				.and(JOB_RUN.IDEMPOTENCY_KEY.eq(idempotencyKey))
				.fetchSingle();
			if (!hash.equals(existing.value2())) {
				throw new IdempotencyKeyReusedException(idempotencyKey);
			}
			return new RunTicket(existing.value1(), false);
		});
	}

	/**
	 * Stops a run: a queued one at once, a running one at its next chunk boundary. The
	 * run records who asked, and ends STOPPED (not failed), resumable by a restart.
	 * @param userId the person who asked, or null when the platform does
	 * @throws JobRunNotFoundException when the run is not visible
	 * @throws JobRunConflictException when the run has already ended
	 */
	public JobRunStatus stop(long runId, Long userId) {
		String who = RunStops.who(this.dsl, userId);
		Long executionId = transactions.execute(status -> {
			JobRunRecord run = lock(runId);
			switch (run.getStatus()) {
				case QUEUED -> {
					RunStops.requestedBy(run, userId);
					end(run, JobRunStatus.STOPPED);
					events.info(runId, run.getTenantId(), "run.stopped", "Stopped by " + who + " before it started");
					return null;
				}
				case STARTING, STARTED -> {
					RunStops.requestedBy(run, userId);
					run.setStatus(JobRunStatus.STOPPING);
					run.store();
					events.info(runId, run.getTenantId(), "run.stopping",
							"Stop requested by " + who + "; stopping at the next chunk boundary");
					return lastExecutionId(runId);
				}
				case STOPPING -> {
					return null;
				}
				default -> throw new JobRunConflictException(
						"The run is already " + run.getStatus() + "; there is nothing to stop.");
			}
		});
		if (executionId != null) {
			stopExecution(executionId);
		}
		return status(runId);
	}

	/**
	 * Asks a run of this worker to stop because the worker shuts down (system scope). It
	 * stops at its next chunk boundary; a job that resumes unattended is then queued
	 * again for any worker.
	 */
	void stopForShutdown(long runId, String workerId) {
		TenantContext.run(TenantScope.system(), () -> transactions.executeWithoutResult(status -> {
			JobRunRecord run = dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(runId)).forUpdate().fetchOne();
			if (run == null || !RunStatuses.ACTIVE.contains(run.getStatus())) {
				return;
			}
			RunStops.shutdownOf(run, workerId);
			run.setStatus(JobRunStatus.STOPPING);
			run.store();
			events.info(runId, run.getTenantId(), "run.stopping",
					"Worker " + workerId + " is shutting down; stopping at the next chunk boundary");
		}));
	}

	/**
	 * Queues a failed or stopped run again; it resumes after its last committed chunk,
	 * with its original parameters. Of two concurrent restarts exactly one wins.
	 * @throws JobRunConflictException when the run completed, was abandoned, or is queued
	 * or running
	 */
	public JobRunStatus restart(long runId) {
		return transactions.execute(status -> {
			JobRunRecord run = lock(runId);
			switch (run.getStatus()) {
				case FAILED, STOPPED -> {
					boolean resume = lastExecutionId(runId) != null;
					run.setStatus(JobRunStatus.QUEUED);
					run.setRestartPending(resume);
					run.setQueuedAt(OffsetDateTime.now());
					run.setEndedAt(null);
					run.setWorkerId(null);
					run.setFailureType(null);
					run.setFailureMessage(null);
					RunStops.clear(run);
					run.store();
					events.info(runId, run.getTenantId(), "run.restart_requested",
							resume ? "Restart requested; it resumes after the last committed chunk"
									: "Restart requested; it never started, so it starts from the beginning");
					return JobRunStatus.QUEUED;
				}
				case COMPLETED -> throw new JobRunConflictException(
						"The run COMPLETED; a completed run cannot be restarted. Trigger a new run instead.");
				case ABANDONED -> throw new JobRunConflictException(
						"The run was ABANDONED; an abandoned run cannot be restarted. Trigger a new run instead.");
				case QUEUED -> throw new JobRunConflictException("The run is already QUEUED and will start soon.");
				default -> throw new JobRunConflictException(
						"The run is " + run.getStatus() + "; stop it (or wait for it to end) before restarting it.");
			}
		});
	}

	/**
	 * Gives up on a run for good.
	 * @throws JobRunConflictException when the run is active or already ended otherwise
	 */
	public JobRunStatus abandon(long runId) {
		Long executionId = transactions.execute(status -> {
			JobRunRecord run = lock(runId);
			switch (run.getStatus()) {
				case QUEUED, FAILED, STOPPED -> {
					end(run, JobRunStatus.ABANDONED);
					events.info(runId, run.getTenantId(), "run.abandoned", "Abandoned; it will not be restarted");
					return lastExecutionId(runId);
				}
				case ABANDONED -> throw new JobRunConflictException("The run is already ABANDONED.");
				case COMPLETED -> throw new JobRunConflictException("The run COMPLETED; there is nothing to abandon.");
				default -> throw new JobRunConflictException(
						"The run is " + run.getStatus() + "; stop it first, then abandon it.");
			}
		});
		if (executionId != null) {
			JobExecution execution = jobRepository.getJobExecution(executionId);
			if (execution != null && !execution.getStatus().isRunning()
					&& execution.getStatus() != org.springframework.batch.core.BatchStatus.ABANDONED
					&& execution.getStatus() != org.springframework.batch.core.BatchStatus.COMPLETED) {
				try {
					jobOperator.abandon(execution);
				}
				catch (Exception e) {
					// The run is abandoned either way; Spring Batch's record keeps its
					// own status.
				}
			}
		}
		return JobRunStatus.ABANDONED;
	}

	/**
	 * Recovers a run whose worker died: marks it FAILED ("worker lost") and requeues it
	 * when its job is safe to resume unattended.
	 * @throws JobRunConflictException when the run is not active, or its worker is alive
	 */
	public JobRunStatus recover(long runId, WorkerRecovery recovery) {
		return transactions.execute(status -> {
			JobRunRecord run = lock(runId);
			if (!RunStatuses.ACTIVE.contains(run.getStatus())) {
				throw new JobRunConflictException("The run is " + run.getStatus() + "; only a STARTING, STARTED or "
						+ "STOPPING run whose worker died can be recovered.");
			}
			OffsetDateTime heartbeat = run.getWorkerId() == null ? null
					: dsl.select(WORKER.HEARTBEAT_AT)
						.from(WORKER)
						.where(WORKER.ID.eq(run.getWorkerId()))
						.and(WORKER.STOPPED_AT.isNull())
						.fetchOne(WORKER.HEARTBEAT_AT);
			if (heartbeat != null && heartbeat.isAfter(OffsetDateTime.now().minus(properties.workerTimeout()))) {
				long seconds = Duration.between(heartbeat, OffsetDateTime.now()).toSeconds();
				throw new JobRunConflictException("Worker " + run.getWorkerId() + " is alive (last heartbeat " + seconds
						+ " s ago) and still runs it; stop the run instead.");
			}
			return recovery.recover(run);
		});
	}

	JobRunStatus status(long runId) {
		return dsl.select(JOB_RUN.STATUS).from(JOB_RUN).where(JOB_RUN.ID.eq(runId)).fetchOne(JOB_RUN.STATUS);
	}

	void stopExecution(long executionId) {
		try {
			jobOperator.stop(executionId);
		}
		catch (Exception e) {
			// Not running any more (it ended between our read and the stop): its end
			// status says the rest.
		}
	}

	private JobRunRecord lock(long runId) {
		JobRunRecord run = dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(runId)).forUpdate().fetchOne();
		if (run == null) {
			throw new JobRunNotFoundException(runId);
		}
		return run;
	}

	Long lastExecutionId(long runId) {
		return lastExecutionIdSince(runId, null);
	}

	/**
	 * The newest execution of the run, or of those created at or after {@code since} when
	 * given.
	 */
	Long lastExecutionIdSince(long runId, OffsetDateTime since) {
		return dsl.select(DSL.max(JOB_RUN_EXECUTION.JOB_EXECUTION_ID))
			.from(JOB_RUN_EXECUTION)
			.where(JOB_RUN_EXECUTION.JOB_RUN_ID.eq(runId))
			.and(since == null ? DSL.noCondition() : JOB_RUN_EXECUTION.CREATED_AT.ge(since))
			.fetchOne(0, Long.class);
	}

	private static void end(JobRunRecord run, JobRunStatus status) {
		run.setStatus(status);
		run.setEndedAt(OffsetDateTime.now());
		run.setWorkerId(null);
		run.store();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
