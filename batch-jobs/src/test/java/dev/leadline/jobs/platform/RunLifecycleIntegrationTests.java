package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EVENT;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunExecutionRecord;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.harness.HarnessJobConfiguration;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How runs end: stops are not failures, launches that never start still end, attempts
 * keep their own times.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class RunLifecycleIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(30);

	@Autowired
	PlatformTestSupport support;

	@Autowired
	JobRuns runs;

	@Autowired
	RunExecutor executor;

	@Autowired
	WorkerNode worker;

	@Autowired
	DSLContext dsl;

	@Test
	void aRunStoppedWhileStartingEndsStoppedAndItsThreadReturns() {
		long tenant = support.aTenant();
		long run = claimedRun(tenant, HarnessJobConfiguration.JOB);
		support.as(tenant, () -> runs.stop(run, 7L));

		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> executor.execute(claim(run, tenant), worker.id()));

		JobRunRecord ended = row(run);
		assertThat(ended.getStatus()).isEqualTo(JobRunStatus.STOPPED);
		assertThat(ended.getFailureType()).as("a stop is not a failure").isNull();
		assertThat(ended.getStopRequestedBy()).isEqualTo(7L);
		assertThat(ended.getEndedAt()).isNotNull();
		assertThat(support.executions(run)).isZero();
	}

	@Test
	void aRunWhoseLaunchFailsBeforeAnyExecutionEndsFailedWithTheReason() {
		long tenant = support.aTenant();
		long run = claimedRun(tenant, "noSuchJob");

		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> executor.execute(claim(run, tenant), worker.id()));

		JobRunRecord ended = row(run);
		assertThat(ended.getStatus()).isEqualTo(JobRunStatus.FAILED);
		assertThat(ended.getFailureType()).isEqualTo("UnknownJobException");
		assertThat(ended.getFailureMessage()).contains("noSuchJob");
	}

	@Test
	void aStopByAPersonEndsStoppedSayingWhoAndWhenWithoutAFailure() {
		long tenant = support.aTenant();
		long run = support.harnessRun(tenant, Map.of("items", "200", "chunk", "5", "pauseMs", "250"));
		// About 10 s of running: long enough to be stopped, not finished, on a loaded
		// machine.
		support.awaitStatus(run, JobRunStatus.STARTED, WITHIN);
		OffsetDateTime asked = OffsetDateTime.now();

		support.as(tenant, () -> runs.stop(run, 42L));

		support.awaitStatus(run, JobRunStatus.STOPPED, WITHIN);
		JobRunRecord stopped = row(run);
		assertThat(stopped.getFailureType()).isNull();
		assertThat(stopped.getFailureMessage()).isNull();
		assertThat(stopped.getStopCause()).isEqualTo("user");
		assertThat(stopped.getStopRequestedBy()).isEqualTo(42L);
		assertThat(stopped.getStopRequestedAt()).isAfterOrEqualTo(asked.minusSeconds(1));
		assertThat(events(run)).anySatisfy(m -> assertThat(m).contains("Stopped at the request of user 42"))
			.noneSatisfy(m -> assertThat(m).contains("JobInterruptedException"));

		support.as(tenant, () -> runs.restart(run));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		assertThat(row(run).getStopCause()).as("a restart clears the stop").isNull();
		assertThat(support.itemsWritten(tenant, run)).isEqualTo(200);
	}

	@Test
	void eachAttemptKeepsItsOwnQueuedStartedAndWorker() {
		long tenant = support.aTenant();
		long run = support.harnessRun(tenant, Map.of("items", "30", "chunk", "10", "failAt", "15"));
		support.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		support.as(tenant, () -> runs.restart(run));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		List<JobRunExecutionRecord> attempts = TenantContext.system(() -> dsl.selectFrom(JOB_RUN_EXECUTION)
			.where(JOB_RUN_EXECUTION.JOB_RUN_ID.eq(run))
			.orderBy(JOB_RUN_EXECUTION.JOB_EXECUTION_ID)
			.fetch());
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(1).getQueuedAt()).isAfter(attempts.get(0).getQueuedAt());
		attempts.forEach(attempt -> {
			assertThat(attempt.getWorkerId()).isEqualTo(worker.id());
			assertThat(attempt.getCreatedAt()).isAfterOrEqualTo(attempt.getQueuedAt());
		});
		JobRunRecord ended = row(run);
		assertThat(ended.getStartedAt()).as("the run's times are its last attempt's")
			.isAfterOrEqualTo(ended.getQueuedAt());
	}

	@Test
	void callersCannotSetThePlatformsOwnParameters() {
		long tenant = support.aTenant();
		long other = support.aTenant();

		assertThatThrownBy(() -> support.as(tenant, () -> runs.trigger(tenant, HarnessJobConfiguration.JOB,
				Map.of("items", "1", "tenant.id", Long.toString(other)), RunTrigger.system("test"), null, null)))
			.isInstanceOf(ReservedJobParameterException.class)
			.hasMessageContaining("tenant.id");
		assertThatThrownBy(
				() -> support.as(tenant,
						() -> runs.trigger(tenant, HarnessJobConfiguration.JOB, Map.of("run.id", "1"),
								RunTrigger.system("test"), null, null)))
			.isInstanceOf(ReservedJobParameterException.class);
	}

	/**
	 * A run as a worker leaves it right after claiming it: STARTING, owned by this
	 * process's worker.
	 */
	private long claimedRun(long tenant, String jobName) {
		return TenantContext.system(() -> dsl.insertInto(JOB_RUN)
			.set(JOB_RUN.TENANT_ID, tenant)
			.set(JOB_RUN.JOB_NAME, jobName)
			.set(JOB_RUN.TRIGGER_TYPE, "system")
			.set(JOB_RUN.PARAMETERS, JSONB.valueOf("{\"items\":\"5\"}"))
			.set(JOB_RUN.STATUS, JobRunStatus.STARTING)
			.set(JOB_RUN.WORKER_ID, worker.id())
			.returning(JOB_RUN.ID)
			.fetchSingle(JOB_RUN.ID));
	}

	private RunQueue.ClaimedRun claim(long run, long tenant) {
		JobRunRecord row = row(run);
		return new RunQueue.ClaimedRun(run, tenant, row.getJobName(), false, row.getQueuedAt());
	}

	private JobRunRecord row(long run) {
		return TenantContext.system(() -> dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(run)).fetchSingle());
	}

	private List<String> events(long run) {
		return TenantContext.system(() -> dsl.select(JOB_RUN_EVENT.MESSAGE)
			.from(JOB_RUN_EVENT)
			.where(JOB_RUN_EVENT.JOB_RUN_ID.eq(run))
			.orderBy(JOB_RUN_EVENT.ID)
			.fetch(JOB_RUN_EVENT.MESSAGE));
	}

}
