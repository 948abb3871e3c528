package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;

import dev.leadline.db.jooq.enums.JobRunStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Links every job execution to its run the moment it starts, so progress and control work while it runs. */
@Component
class RunExecutionListener implements JobExecutionListener {

    static final String RUN_ID = "run.id";
    static final String TENANT_ID = "tenant.id";

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
        Long runId = execution.getJobParameters().getLong(RUN_ID);
        if (runId == null) {
            return;
        }
        Long tenantId = execution.getJobParameters().getLong(TENANT_ID);
        dsl.insertInto(JOB_RUN_EXECUTION)
                .set(JOB_RUN_EXECUTION.JOB_EXECUTION_ID, execution.getId())
                .set(JOB_RUN_EXECUTION.JOB_RUN_ID, runId)
                .set(JOB_RUN_EXECUTION.TENANT_ID, tenantId)
                .execute();
        int started = dsl.update(JOB_RUN)
                .set(JOB_RUN.STATUS, JobRunStatus.STARTED)
                .set(JOB_RUN.STARTED_AT, DSL.coalesce(JOB_RUN.STARTED_AT, DSL.currentOffsetDateTime()))
                .where(JOB_RUN.ID.eq(runId)).and(JOB_RUN.STATUS.eq(JobRunStatus.STARTING))
                .execute();
        running.executing(runId, execution.getId());
        events.info(runId, tenantId, "execution.started", "Execution " + execution.getId() + " started");
        if (started == 0) {
            // A stop arrived while the worker was launching: honour it at the first chunk boundary.
            execution.setStatus(BatchStatus.STOPPING);
            jobRepository.update(execution);
        }
    }
}
