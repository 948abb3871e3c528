package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.time.Duration;
import java.time.OffsetDateTime;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed run on this worker's thread, in the run's tenant scope, and always leaves it in an end
 * state: when the database is unreachable at the end, it keeps trying until it is back.
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

    RunExecutor(DSLContext dsl, TransactionTemplate transactions, JobCatalog catalog, JobOperator jobOperator,
                JobRepository jobRepository, JobRuns runs, RunEvents events, RunningExecutions running,
                JobMetrics metrics, JsonMapper json) {
        this.dsl = dsl;
        this.transactions = transactions;
        this.catalog = catalog;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runs = runs;
        this.events = events;
        this.running = running;
        this.metrics = metrics;
        this.json = json;
    }

    void execute(RunQueue.ClaimedRun claimed, String workerId) {
        TenantScope scope = claimed.tenantId() == null ? TenantScope.system() : TenantScope.tenant(claimed.tenantId());
        OffsetDateTime started = OffsetDateTime.now();
        metrics.queueWait(claimed.jobName(), Duration.between(claimed.queuedAt(), started));
        try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
            events.record(claimed.id(), claimed.tenantId(), "info", "run.claimed", "Claimed by worker " + workerId,
                    Map.of("worker", workerId));
            JobExecution execution = null;
            try {
                execution = launch(claimed);
            } catch (Exception e) {
                log.warn("Run {} ({}) could not run: {}", claimed.id(), claimed.jobName(), e.toString());
                finishUntilRecorded(claimed, null, e, started);
                return;
            }
            finishUntilRecorded(claimed, execution, null, started);
        } finally {
            running.finished(claimed.id());
        }
    }

    private JobExecution launch(RunQueue.ClaimedRun claimed) throws Exception {
        JobRunRecord run = transactions.execute(status -> dsl.selectFrom(JOB_RUN)
                .where(JOB_RUN.ID.eq(claimed.id())).forUpdate().fetchSingle());
        if (run.getStatus() == JobRunStatus.STOPPING) {
            return null;
        }
        JobCatalog.Entry job = catalog.get(claimed.jobName());
        if (claimed.restartPending()) {
            Long last = runs.lastExecutionId(claimed.id());
            JobExecution previous = last == null ? null : jobRepository.getJobExecution(last);
            if (previous != null) {
                events.info(claimed.id(), claimed.tenantId(), "run.resuming",
                        "Resuming execution " + last + " after its last committed chunk");
                return jobOperator.restart(previous);
            }
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLong(RunExecutionListener.RUN_ID, claimed.id(), true);
        if (claimed.tenantId() != null) {
            parameters.addLong(RunExecutionListener.TENANT_ID, claimed.tenantId(), false);
        }
        json.readValue(run.getParameters().data(), PARAMETERS).forEach((key, value) -> parameters.addString(key, value));
        JobParameters built = parameters.toJobParameters();
        return jobOperator.start(job.job(), built);
    }

    private void finishUntilRecorded(RunQueue.ClaimedRun claimed, JobExecution execution, Exception launchFailure,
                                     OffsetDateTime started) {
        Duration wait = Duration.ofSeconds(1);
        while (true) {
            try {
                finish(claimed, execution, launchFailure, started);
                return;
            } catch (RuntimeException e) {
                // Most likely the database is unreachable: the run must not stay STARTED once it is back.
                log.warn("Could not record the end of run {} ({}); retrying in {} s", claimed.id(), e.toString(),
                        wait.toSeconds());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : wait.multipliedBy(2);
            }
        }
    }

    private void finish(RunQueue.ClaimedRun claimed, JobExecution execution, Exception launchFailure,
                        OffsetDateTime started) {
        transactions.executeWithoutResult(status -> {
            JobRunRecord run = dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(claimed.id())).forUpdate().fetchSingle();
            // The execution this attempt produced: returned by Spring Batch, or (when the launch itself blew up,
            // e.g. in a database outage) the one the listener linked to the run.
            Long executionId = execution != null ? execution.getId() : runs.lastExecutionIdSince(claimed.id(), started);
            JobExecution stored = executionId == null ? null : jobRepository.getJobExecution(executionId);
            if (stored != null && stored.getStatus().isRunning()) {
                // The job ended but Spring Batch could not write its end (database outage): settle it now.
                jobOperator.recover(stored);
                stored = jobRepository.getJobExecution(executionId);
            }
            JobRunStatus end;
            Throwable failure = launchFailure;
            if (stored == null) {
                end = launchFailure == null ? JobRunStatus.STOPPED : JobRunStatus.FAILED;
            } else {
                end = RunStatuses.of(stored.getStatus());
                if (failure == null && execution != null && !execution.getAllFailureExceptions().isEmpty()) {
                    failure = execution.getAllFailureExceptions().get(0);
                }
                if (end == JobRunStatus.FAILED && failure == null) {
                    failure = new IllegalStateException(stored.getExitStatus().getExitDescription());
                }
            }
            if (end.equals(JobRunStatus.STARTED) || end.equals(JobRunStatus.STARTING) || end.equals(JobRunStatus.STOPPING)) {
                end = JobRunStatus.FAILED;
            }
            if (run.getStatus() == JobRunStatus.QUEUED || run.getStatus() == JobRunStatus.ABANDONED) {
                // Recovered and requeued, or abandoned, while we were finishing: theirs is the newer word.
                return;
            }
            run.setStatus(end);
            run.setEndedAt(OffsetDateTime.now());
            run.setWorkerId(null);
            run.setRestartPending(false);
            if (failure != null) {
                Throwable root = rootCause(failure);
                run.setFailureType(root.getClass().getSimpleName());
                run.setFailureMessage(RunEvents.truncate(root.getMessage() == null ? root.getClass().getSimpleName()
                        : root.getMessage(), 2000));
            }
            run.store();
            long items = stored == null ? 0 : stored.getStepExecutions().stream()
                    .mapToLong(StepExecution::getWriteCount).sum();
            events.record(run.getId(), run.getTenantId(), end == JobRunStatus.FAILED ? "error" : "info",
                    "run." + end.getLiteral().toLowerCase(), "Run " + end.getLiteral()
                            + (failure == null ? "" : ": " + run.getFailureType() + ": " + run.getFailureMessage()),
                    Map.of("itemsWritten", items));
            metrics.finished(claimed.jobName(), end.getLiteral().toLowerCase(),
                    Duration.between(started, OffsetDateTime.now()), items);
        });
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
