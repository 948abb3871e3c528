package dev.leadline.jobs.housekeeping;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.RATE_LIMIT_BUCKET;
import static dev.leadline.db.jooq.Tables.REFRESH_TOKEN;
import static dev.leadline.db.jooq.Tables.TOKEN_FAMILY;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.HousekeepingTask;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One pass of deletions; each statement is idempotent, so a restart simply does the rest.
 */
class HousekeepingTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(HousekeepingTasklet.class);

	private static final List<JobRunStatus> FINISHED = List.of(JobRunStatus.COMPLETED, JobRunStatus.FAILED,
			JobRunStatus.STOPPED, JobRunStatus.ABANDONED);

	private final DSLContext dsl;

	private final HousekeepingProperties properties;

	private final List<HousekeepingTask> tasks;

	HousekeepingTasklet(DSLContext dsl, HousekeepingProperties properties, List<HousekeepingTask> tasks) {
		this.dsl = dsl;
		this.properties = properties;
		this.tasks = List.copyOf(tasks);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		OffsetDateTime now = OffsetDateTime.now();
		OffsetDateTime sessionCutoff = now.minus(properties.sessionGrace());
		int tokens = dsl.deleteFrom(REFRESH_TOKEN).where(REFRESH_TOKEN.EXPIRES_AT.lt(sessionCutoff)).execute();
		int sessions = dsl.deleteFrom(TOKEN_FAMILY)
			.where(TOKEN_FAMILY.EXPIRES_AT.lt(sessionCutoff).or(TOKEN_FAMILY.REVOKED_AT.lt(sessionCutoff)))
			.execute();
		int buckets = dsl.deleteFrom(RATE_LIMIT_BUCKET)
			.where(RATE_LIMIT_BUCKET.EXPIRES_AT.lt(System.currentTimeMillis()))
			.execute();
		OffsetDateTime runCutoff = now.minus(properties.runRetention());
		int batchRecords = deleteSpringBatchRecordsOfRunsEndedBefore(runCutoff);
		int runs = dsl.deleteFrom(JOB_RUN)
			.where(JOB_RUN.STATUS.in(FINISHED))
			.and(JOB_RUN.ENDED_AT.lt(runCutoff))
			.execute();
		contribution.incrementWriteCount(tokens + sessions + buckets + runs);
		log.info(
				"Housekeeping removed {} refresh tokens, {} sessions, {} rate-limit buckets, {} runs ({} job executions)",
				tokens, sessions, buckets, runs, batchRecords);
		for (HousekeepingTask task : tasks) {
			int removed = task.clean(now);
			contribution.incrementWriteCount(removed);
			log.info("Housekeeping task {} removed {}", task.name(), removed);
		}
		return RepeatStatus.FINISHED;
	}

	private int deleteSpringBatchRecordsOfRunsEndedBefore(OffsetDateTime before) {
		String cutoff = before.toString();
		String executions = "SELECT e.job_execution_id FROM job_run_execution e JOIN job_run r ON r.id = e.job_run_id "
				+ "WHERE r.status IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED') AND r.ended_at < ?::timestamptz";
		dsl.execute("DELETE FROM batch_step_execution_context WHERE step_execution_id IN (SELECT step_execution_id "
				+ "FROM batch_step_execution WHERE job_execution_id IN (" + executions + "))", cutoff);
		dsl.execute("DELETE FROM batch_step_execution WHERE job_execution_id IN (" + executions + ")", cutoff);
		dsl.execute("DELETE FROM batch_job_execution_context WHERE job_execution_id IN (" + executions + ")", cutoff);
		dsl.execute("DELETE FROM batch_job_execution_params WHERE job_execution_id IN (" + executions + ")", cutoff);
		dsl.execute("CREATE TEMP TABLE IF NOT EXISTS housekeeping_instances (id bigint) ON COMMIT DROP");
		dsl.execute("INSERT INTO housekeeping_instances SELECT job_instance_id FROM batch_job_execution "
				+ "WHERE job_execution_id IN (" + executions + ")", cutoff);
		int deleted = dsl.execute("DELETE FROM batch_job_execution WHERE job_execution_id IN (" + executions + ")",
				cutoff);
		dsl.execute(
				"DELETE FROM batch_job_instance i WHERE i.job_instance_id IN (SELECT id FROM housekeeping_instances) "
						+ "AND NOT EXISTS (SELECT 1 FROM batch_job_execution e WHERE e.job_instance_id = i.job_instance_id)");
		return deleted;
	}

}
