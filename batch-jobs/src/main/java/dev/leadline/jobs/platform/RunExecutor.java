package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.logging.LoggingContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed run on this worker's thread, in the run's tenant scope, and always
 * leaves it in an end state (or queued again, when a shutdown interrupted a job that
 * resumes unattended): when the database is unreachable at the end, it keeps trying until
 * it is back.
 */
@Component
class RunExecutor {

	private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

	private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final JobCatalog catalog;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobRuns runs;

	private final RunEvents events;

	private final RunningExecutions running;

	private final JobMetrics metrics;

	private final JsonMapper json;

	private final ApplicationEventPublisher publisher;

	RunExecutor(DSLContext dsl, TransactionTemplate transactions, JobCatalog catalog, JobOperator jobOperator,
			JobRepository jobRepository, JobRuns runs, RunEvents events, RunningExecutions running, JobMetrics metrics,
			JsonMapper json, ApplicationEventPublisher publisher) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.catalog = catalog;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runs = runs;
		this.events = events;
		this.running = running;
		this.metrics = metrics;
		this.metrics.watch(running);
		this.json = json;
		this.publisher = publisher;
	}

	void execute(RunQueue.ClaimedRun claimed, String workerId) {
		TenantScope scope = claimed.tenantId() == null ? TenantScope.system() : TenantScope.tenant(claimed.tenantId());
		OffsetDateTime started = OffsetDateTime.now();
		this.metrics.queueWait(claimed.jobName(), Duration.between(claimed.queuedAt(), started));
		this.metrics.started(claimed.jobName());
		Map<String, Object> ids = new HashMap<>();
		ids.put(LoggingContext.RUN_ID, claimed.id());
		ids.put(LoggingContext.JOB_NAME, claimed.jobName());
		ids.put(LoggingContext.TENANT_ID, claimed.tenantId());
		try (TenantContext.Entered ignored = TenantContext.enter(scope);
				LoggingContext.Entered logged = LoggingContext.enter(ids)) {
			JobExecution execution;
			try {
				execution = launch(claimed, workerId);
			}
			catch (Exception ex) {
				log.warn("Run {} ({}) could not run: {}", claimed.id(), claimed.jobName(), ex.toString());
				finishUntilRecorded(claimed, null, ex, started);
				return;
			}
			finishUntilRecorded(claimed, execution, null, started);
		}
		finally {
			this.running.finished(claimed.id());
		}
	}

	/**
	 * Starts or resumes the run's job; null when a stop arrived before it could start.
	 */
	private JobExecution launch(RunQueue.ClaimedRun claimed, String workerId) throws Exception {
		JobRunRecord run = this.transactions.execute((status) -> claim(claimed, workerId));
		if (run.getStatus() == JobRunStatus.STOPPING) {
			return null;
		}
		JobCatalog.Entry job = this.catalog.get(claimed.jobName());
		if (claimed.restartPending()) {
			Long last = this.runs.lastExecutionId(claimed.id());
			JobExecution previous = (last != null) ? this.jobRepository.getJobExecution(last) : null;
			if (previous != null) {
				this.events.info(claimed.id(), claimed.tenantId(), "run.resuming",
						"Resuming execution " + last + " after its last committed chunk");
				return this.jobOperator.restart(previous);
			}
		}
		return this.jobOperator.start(job.job(), parameters(run));
	}

	/**
	 * Records the claim; a run that a shutdown had stopped says who stopped it and who
	 * resumes it.
	 */
	private JobRunRecord claim(RunQueue.ClaimedRun claimed, String workerId) {
		JobRunRecord run = this.dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(claimed.id())).forUpdate().fetchSingle();
		this.events.record(claimed.id(), claimed.tenantId(), "info", "run.claimed", "Claimed by worker " + workerId,
				Map.of("worker", workerId));
		if (RunStops.SHUTDOWN.equals(run.getStopCause())) {
			this.events.record(claimed.id(), claimed.tenantId(), "info", "run.resumed_after_shutdown",
					"Stopped by the shutdown of worker " + run.getStopWorkerId() + "; resumed by worker " + workerId,
					Map.of("stoppedBy", String.valueOf(run.getStopWorkerId()), "resumedBy", workerId));
			RunStops.clear(run);
			run.store();
		}
		return run;
	}

	private JobParameters parameters(JobRunRecord run) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		// Callers cannot set the platform's names (refused at trigger time); older rows
		// lose them here.
		this.json.readValue(run.getParameters().data(), PARAMETERS).forEach((key, value) -> {
			if (!RunContext.isReserved(key)) {
				parameters.addString(key, value);
			}
		});
		parameters.addLong(RunContext.RUN_ID, run.getId(), true);
		if (run.getTenantId() != null) {
			parameters.addLong(RunContext.TENANT_ID, run.getTenantId(), false);
		}
		return parameters.toJobParameters();
	}

	private void finishUntilRecorded(RunQueue.ClaimedRun claimed, JobExecution execution, Exception launchFailure,
			OffsetDateTime started) {
		Duration wait = Duration.ofSeconds(1);
		while (true) {
			try {
				this.transactions.executeWithoutResult((status) -> finish(claimed, execution, launchFailure, started));
				return;
			}
			catch (RuntimeException ex) {
				// Most likely the database is unreachable: the run must not stay STARTED
				// once it is back.
				log.warn("Could not record the end of run {} ({}); retrying in {} s", claimed.id(), ex.toString(),
						wait.toSeconds());
				sleep(wait);
				wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
						: wait.multipliedBy(2);
			}
		}
	}

	private void finish(RunQueue.ClaimedRun claimed, JobExecution execution, Exception launchFailure,
			OffsetDateTime started) {
		JobRunRecord run = this.dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(claimed.id())).forUpdate().fetchSingle();
		if (run.getStatus() == JobRunStatus.QUEUED || run.getStatus() == JobRunStatus.ABANDONED) {
			// Recovered and requeued, or abandoned, while we were finishing: theirs is
			// the newer word.
			return;
		}
		JobExecution stored = settledExecution(claimed, execution, started);
		RunEnd end = RunEnd.of(stored, launchFailure);
		JobCatalog.Entry job = this.catalog.find(claimed.jobName()).orElse(null);
		long items = (stored != null) ? stored.getStepExecutions()
			.stream()
			// A partitioned step's counts are its partitions', added up by its manager.
			.filter((step) -> !PartitionSteps.isPartition(step))
			.mapToLong(StepExecution::getWriteCount)
			.sum() : 0;
		if (end.status() == JobRunStatus.STOPPED && RunStops.SHUTDOWN.equals(run.getStopCause()) && job != null
				&& job.declaration().unattendedResume()) {
			requeueAfterShutdown(run, stored != null);
			this.metrics.outcome(claimed.jobName(), "requeued_after_shutdown");
			return;
		}
		run.setStatus(end.status());
		run.setEndedAt(OffsetDateTime.now());
		run.setWorkerId(null);
		run.setRestartPending(false);
		// The failure is this end's: an attempt that failed or lost its worker before a
		// completed one is history, in the run's events.
		run.setFailureType((end.failure() != null) ? end.failureType() : null);
		run.setFailureMessage((end.failure() != null) ? RunEvents.truncate(end.failureMessage(), 2000) : null);
		run.store();
		this.events.record(run.getId(), run.getTenantId(), (end.status() == JobRunStatus.FAILED) ? "error" : "info",
				"run." + end.status().getLiteral().toLowerCase(), endMessage(this.dsl, run, end),
				Map.of("itemsWritten", items));
		this.metrics.finished(claimed.jobName(), end.status().getLiteral().toLowerCase(),
				Duration.between(started, OffsetDateTime.now()), items);
		if (job != null) {
			this.publisher
				.publishEvent(new JobRunFinished(run.getId(), run.getTenantId(), job.declaration(), end.status(),
						(stored != null) ? RunContext.targetOf(stored, run.getId())
								: new JobRunFinished.Target("job_run", run.getId()),
						(stored != null) ? RunContext.summaryOf(stored) : Map.of(), run.getStopRequestedBy()));
		}
	}

	/**
	 * The execution this attempt produced, in an end state: returned by Spring Batch, or
	 * (when the launch itself blew up, e.g. in a database outage) the one the listener
	 * linked to the run; null when none started.
	 */
	private JobExecution settledExecution(RunQueue.ClaimedRun claimed, JobExecution execution, OffsetDateTime started) {
		Long executionId = (execution != null) ? Long.valueOf(execution.getId())
				: this.runs.lastExecutionIdSince(claimed.id(), started);
		JobExecution stored = (executionId != null) ? this.jobRepository.getJobExecution(executionId) : null;
		if (stored != null && stored.getStatus().isRunning()) {
			// The job ended but Spring Batch could not write its end (database outage):
			// settle it now.
			this.jobOperator.recover(stored);
			stored = this.jobRepository.getJobExecution(executionId);
		}
		if (stored != null && execution != null) {
			// The in-memory execution carries what the job reported (summary, target) and
			// its exceptions.
			execution.setStatus(stored.getStatus());
			return execution;
		}
		return stored;
	}

	private void requeueAfterShutdown(JobRunRecord run, boolean resume) {
		run.setStatus(JobRunStatus.QUEUED);
		run.setRestartPending(resume);
		run.setQueuedAt(OffsetDateTime.now());
		run.setWorkerId(null);
		run.store();
		this.events.info(run.getId(), run.getTenantId(), "run.requeued",
				"Stopped by the shutdown of worker " + run.getStopWorkerId() + "; queued again, it resumes "
						+ (resume ? "after its last committed chunk" : "from the beginning")
						+ " when a worker is free");
	}

	private static String endMessage(DSLContext dsl, JobRunRecord run, RunEnd end) {
		if (end.status() == JobRunStatus.STOPPED) {
			return RunStops.describe(dsl, run);
		}
		return "Run " + end.status().getLiteral()
				+ ((end.failure() != null) ? ": " + end.failureType() + ": " + end.failureMessage() : "");
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
