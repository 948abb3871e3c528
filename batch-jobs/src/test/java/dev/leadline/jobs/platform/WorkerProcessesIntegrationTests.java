package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EVENT;
import static dev.leadline.db.jooq.Tables.WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Workers as separate processes on one database: killed, terminated, several at once, and
 * schedules. This JVM only triggers and observes (it has no worker role).
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.roles=api")
class WorkerProcessesIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport support;

	@Autowired
	JobRuns runs;

	@Autowired
	DSLContext dsl;

	@Test
	void aRunWhoseWorkerIsKilledIsRecoveredAndCompletesWithExactlyTheExpectedRows() throws Exception {
		long tenant = support.aTenant();
		long run;
		try (WorkerProcess first = WorkerProcess.start("killed")) {
			run = support.harnessRun(tenant, Map.of("items", "300", "chunk", "10", "pauseMs", "40"));
			await().atMost(WITHIN).until(() -> support.itemsWritten(tenant, run) >= 50);

			first.kill();
		}
		assertThat(support.status(run)).as("left behind by the dead worker")
			.isIn(JobRunStatus.STARTED, JobRunStatus.STARTING);
		int committedBeforeCrash = support.itemsWritten(tenant, run);
		assertThat(committedBeforeCrash % 10).as("only whole chunks were committed").isZero();

		try (WorkerProcess second = WorkerProcess.start("survivor")) {
			support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		}

		assertThat(support.itemsWritten(tenant, run)).isEqualTo(300);
		assertThat(support.executions(run)).isEqualTo(2);
		assertThat(support.batchExecutionsOfOneInstance(run)).isEqualTo(1);
		assertThat(events(run)).anySatisfy(message -> assertThat(message).contains("worker lost"));
		JobRunRecord completed = TenantContext.system(() -> dsl.fetchSingle(JOB_RUN, JOB_RUN.ID.eq(run)));
		assertThat(completed.getFailureType()).as("completed after its worker was lost: not a failed run").isNull();
		assertThat(completed.getFailureMessage()).isNull();
	}

	@Test
	void sigtermStopsRunningJobsAtAChunkBoundaryAndAnotherWorkerResumesThemByItself() throws Exception {
		long tenant = support.aTenant();
		long run;
		String stoppedWorker;
		try (WorkerProcess worker = WorkerProcess.start("terminated")) {
			run = support.harnessRun(tenant, Map.of("items", "400", "chunk", "10", "pauseMs", "40"));
			await().atMost(WITHIN).until(() -> support.itemsWritten(tenant, run) >= 30);
			stoppedWorker = TenantContext.system(() -> dsl.select(JOB_RUN.WORKER_ID)
				.from(JOB_RUN)
				.where(JOB_RUN.ID.eq(run))
				.fetchSingle(JOB_RUN.WORKER_ID));

			assertThat(worker.terminate(Duration.ofSeconds(30))).as("exits within the shutdown timeout").isTrue();
			assertThat(worker.log()).contains("stopping 1 running job(s)").contains("stopped");
		}
		assertThat(support.status(run)).as("queued again for any worker").isEqualTo(JobRunStatus.QUEUED);
		assertThat(support.failure(run)).as("a shutdown is not a failure").isNull();
		int committed = support.itemsWritten(tenant, run);
		assertThat(committed % 10).isZero();
		assertThat(committed).isLessThan(400);
		assertThat(TenantContext.system(() -> dsl.fetchCount(WORKER,
				WORKER.STOPPED_AT.isNull().and(WORKER.HEARTBEAT_AT.gt(OffsetDateTime.now().minusSeconds(2))))))
			.as("the worker recorded its stop")
			.isZero();

		String resumedBy;
		try (WorkerProcess worker = WorkerProcess.start("resumer")) {
			support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
			resumedBy = TenantContext
				.system(() -> dsl.select(JOB_RUN_EVENT.DETAILS)
					.from(JOB_RUN_EVENT)
					.where(JOB_RUN_EVENT.JOB_RUN_ID.eq(run))
					.and(JOB_RUN_EVENT.KIND.eq("run.claimed"))
					.orderBy(JOB_RUN_EVENT.ID.desc())
					.limit(1)
					.fetchSingle(JOB_RUN_EVENT.DETAILS))
				.data();
		}
		assertThat(support.itemsWritten(tenant, run)).isEqualTo(400);
		assertThat(support.executions(run)).isEqualTo(2);
		assertThat(support.batchExecutionsOfOneInstance(run)).isEqualTo(1);
		assertThat(events(run)).anySatisfy(message -> assertThat(message)
			.startsWith("Stopped by the shutdown of worker " + stoppedWorker + "; resumed by worker ")
			.doesNotEndWith(stoppedWorker));
		assertThat(resumedBy).doesNotContain(stoppedWorker);
	}

	@Test
	void twoWorkerProcessesRunEachOf200LaunchRequestsExactlyOnce() throws Exception {
		List<Long> tenants = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			tenants.add(support.aTenant());
		}
		try (WorkerProcess a = WorkerProcess.start("pair-a"); WorkerProcess b = WorkerProcess.start("pair-b")) {
			List<long[]> launched = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				long tenant = tenants.get(i % tenants.size());
				launched.add(new long[] { tenant, support.harnessRun(tenant, Map.of("items", "2", "chunk", "2")) });
			}

			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> TenantContext
					.system(() -> dsl.fetchCount(JOB_RUN, JOB_RUN.ID.in(launched.stream().map(l -> l[1]).toList())
						.and(JOB_RUN.STATUS.eq(JobRunStatus.COMPLETED)))) == 200);

			for (long[] l : launched) {
				assertThat(support.executions(l[1])).as("executions of run %d", l[1]).isEqualTo(1);
				assertThat(support.itemsWritten(l[0], l[1])).isEqualTo(2);
			}
			List<String> claimers = TenantContext
				.system(() -> dsl.selectDistinct(org.jooq.impl.DSL.field("details->>'worker'", String.class))
					.from(JOB_RUN_EVENT)
					.where(JOB_RUN_EVENT.KIND.eq("run.claimed"))
					.and(JOB_RUN_EVENT.JOB_RUN_ID.in(launched.stream().map(l -> l[1]).toList()))
					.fetch(0, String.class));
			assertThat(claimers).as("both workers took part").hasSize(2);
		}
	}

	@Test
	void aScheduleOnTwoProcessesFiresOncePerTick() throws Exception {
		String[] schedule = { "--leadline.jobs.schedules.tick.job=housekeepingJob",
				"--leadline.jobs.schedules.tick.cron=*/2 * * * * *" };
		OffsetDateTime since = OffsetDateTime.now();
		long seconds;
		try (WorkerProcess a = WorkerProcess.start("cron-a", schedule);
				WorkerProcess b = WorkerProcess.start("cron-b", schedule)) {
			Thread.sleep(9_000);
			seconds = Duration.between(since, OffsetDateTime.now()).toSeconds();
		}

		List<OffsetDateTime> fired = TenantContext.system(() -> dsl.select(JOB_RUN.QUEUED_AT)
			.from(JOB_RUN)
			.where(JOB_RUN.TRIGGER_TYPE.eq("schedule"))
			.and(JOB_RUN.TRIGGER_DETAIL.eq("tick"))
			.and(JOB_RUN.QUEUED_AT.gt(since))
			.orderBy(JOB_RUN.QUEUED_AT)
			.fetch(JOB_RUN.QUEUED_AT));
		assertThat(fired).as("ticks while both processes ran").hasSizeGreaterThanOrEqualTo(2);
		// Both processes start their cron at about the same instant; twice the fires
		// would mean each tick fired on both.
		assertThat(fired).as("at most one fire per 2-second tick since the first process started")
			.hasSizeLessThanOrEqualTo((int) (seconds / 2) + 1);
		for (int i = 1; i < fired.size(); i++) {
			// The lock is held a second from when it is taken; the recorded time is when
			// the run row was written, which a loaded machine may delay by some hundred
			// milliseconds for one of them. Fires of one tick would be milliseconds
			// apart.
			assertThat(Duration.between(fired.get(i - 1), fired.get(i)).toMillis())
				.as("two fires of one tick would be milliseconds apart")
				.isGreaterThan(500);
		}
	}

	private List<String> events(long run) {
		return TenantContext.system(() -> dsl.select(JOB_RUN_EVENT.MESSAGE)
			.from(JOB_RUN_EVENT)
			.where(JOB_RUN_EVENT.JOB_RUN_ID.eq(run))
			.fetch(JOB_RUN_EVENT.MESSAGE));
	}

}
