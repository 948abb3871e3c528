package dev.leadline.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.JobRunStatus;
import leadlinetest.PlatformTestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = PlatformTestApplication.class)
class JobPlatformIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(30);

	@Autowired
	PlatformTestSupport support;

	@Autowired
	JobRuns runs;

	@Test
	void aQueuedRunIsClaimedAndCompletesWithEveryItemWrittenOnce() {
		long tenant = support.aTenant();

		long run = support.harnessRun(tenant, Map.of("items", "35", "chunk", "10"));

		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		assertThat(support.itemsWritten(tenant, run)).isEqualTo(35);
		assertThat(support.executions(run)).isEqualTo(1);
	}

	@Test
	void restartResumesFromLastCommittedChunk() {
		long tenant = support.aTenant();

		long run = support.harnessRun(tenant, Map.of("items", "50", "chunk", "10", "failAt", "27"));

		support.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		assertThat(support.itemsWritten(tenant, run)).as("two committed chunks").isEqualTo(20);
		assertThat(support.failure(run)).contains("Harness failure at item 27");

		assertThat(support.as(tenant, () -> runs.restart(run))).isEqualTo(JobRunStatus.QUEUED);

		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		assertThat(support.itemsWritten(tenant, run)).isEqualTo(50);
		assertThat(support.executions(run)).isEqualTo(2);
		assertThat(support.batchExecutionsOfOneInstance(run)).isEqualTo(1);
	}

	@Test
	void illegalRestartsAnswerWithTheReasonInWords() {
		long tenant = support.aTenant();
		long completed = support.harnessRun(tenant, Map.of("items", "3"));
		support.awaitStatus(completed, JobRunStatus.COMPLETED, WITHIN);

		assertThatThrownBy(() -> support.as(tenant, () -> runs.restart(completed)))
			.isInstanceOf(JobRunConflictException.class)
			.hasMessageContaining("COMPLETED")
			.hasMessageContaining("cannot be restarted");

		long failed = support.harnessRun(tenant, Map.of("items", "5", "chunk", "2", "failAt", "1"));
		support.awaitStatus(failed, JobRunStatus.FAILED, WITHIN);
		support.as(tenant, () -> runs.abandon(failed));
		assertThatThrownBy(() -> support.as(tenant, () -> runs.restart(failed)))
			.isInstanceOf(JobRunConflictException.class)
			.hasMessageContaining("ABANDONED");

		long running = support.harnessRun(tenant, Map.of("items", "200", "chunk", "5", "pauseMs", "200"));
		support.awaitStatus(running, JobRunStatus.STARTED, WITHIN);
		assertThatThrownBy(() -> support.as(tenant, () -> runs.restart(running)))
			.isInstanceOf(JobRunConflictException.class)
			.hasMessageContaining("STARTED");
		support.as(tenant, () -> runs.stop(running, null));
		support.awaitStatus(running, JobRunStatus.STOPPED, WITHIN);
	}

	@Test
	void twoConcurrentRestartsOfOneFailedRunCreateExactlyOneExecution() throws Exception {
		long tenant = support.aTenant();
		long run = support.harnessRun(tenant, Map.of("items", "20", "chunk", "5", "failAt", "12"));
		support.awaitStatus(run, JobRunStatus.FAILED, WITHIN);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<Boolean> restart = () -> {
			try {
				support.as(tenant, () -> runs.restart(run));
				return true;
			}
			catch (JobRunConflictException e) {
				return false;
			}
		};
		List<Future<Boolean>> outcomes = pool.invokeAll(List.of(restart, restart));
		pool.shutdown();

		long winners = 0;
		for (Future<Boolean> outcome : outcomes) {
			winners += outcome.get() ? 1 : 0;
		}
		assertThat(winners).isEqualTo(1);
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		assertThat(support.executions(run)).isEqualTo(2);
		assertThat(support.itemsWritten(tenant, run)).isEqualTo(20);
	}

	@Test
	void stopEndsARunningJobAtAChunkBoundaryAndRestartFinishesIt() {
		long tenant = support.aTenant();
		long run = support.harnessRun(tenant, Map.of("items", "100", "chunk", "10", "pauseMs", "150"));
		support.awaitStatus(run, JobRunStatus.STARTED, WITHIN);

		support.as(tenant, () -> runs.stop(run, null));

		support.awaitStatus(run, JobRunStatus.STOPPED, WITHIN);
		assertThat(support.itemsWritten(tenant, run) % 10).as("whole chunks only").isZero();
		assertThat(support.itemsWritten(tenant, run)).isLessThan(100);
		support.as(tenant, () -> runs.restart(run));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		assertThat(support.itemsWritten(tenant, run)).isEqualTo(100);
	}

	@Test
	void aQueuedRunStopsAtOnce() {
		long tenant = support.aTenant();
		List<Long> busy = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			// Running long enough (about 10 s) to be stopped, not finished, on a loaded
			// machine too.
			busy.add(support.harnessRun(tenant, Map.of("items", "100", "chunk", "5", "pauseMs", "500")));
		}
		long queued = support.harnessRun(tenant, Map.of("items", "1"));

		assertThat(support.status(queued)).isEqualTo(JobRunStatus.QUEUED);
		assertThat(support.as(tenant, () -> runs.stop(queued, null))).isEqualTo(JobRunStatus.STOPPED);
		busy.forEach(id -> support.as(tenant, () -> runs.stop(id, null)));
		busy.forEach(id -> support.awaitStatus(id, JobRunStatus.STOPPED, WITHIN));
	}

	@Test
	void oneTenantsRunsWaitQueuedAtItsLimitWhileAnotherTenantsRunStarts() {
		long busyTenant = support.aTenant();
		long otherTenant = support.aTenant();
		List<Long> busy = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			// Long enough (about 10 s each) that the other tenant's short run ends while
			// these still hold the limit,
			// also on a loaded machine (4 s was not, with a load average of 6 on 2
			// cores).
			busy.add(support.harnessRun(busyTenant, Map.of("items", "60", "chunk", "5", "pauseMs", "800")));
		}
		long other = support.harnessRun(otherTenant, Map.of("items", "5"));

		support.awaitStatus(other, JobRunStatus.COMPLETED, WITHIN);
		assertThat(busy.stream().map(support::status).filter(JobRunStatus.QUEUED::equals).count())
			.as("per-tenant limit of 2 leaves the third queued")
			.isEqualTo(1);
		busy.forEach(id -> support.awaitStatus(id, JobRunStatus.COMPLETED, Duration.ofSeconds(60)));
	}

	@Test
	void theSameIdempotencyKeyAndRequestAnswerTheSameRunAndADifferentRequestIsRefused() {
		long tenant = support.aTenant();
		RunTicket first = support.as(tenant, () -> runs.trigger(tenant, "harnessJob", Map.of("items", "2"),
				RunTrigger.system("test"), "key-1", null));
		RunTicket again = support.as(tenant, () -> runs.trigger(tenant, "harnessJob", Map.of("items", "2"),
				RunTrigger.system("test"), "key-1", null));

		assertThat(first.created()).isTrue();
		assertThat(again.created()).isFalse();
		assertThat(again.runId()).isEqualTo(first.runId());
		assertThatThrownBy(() -> support.as(tenant, () -> runs.trigger(tenant, "harnessJob", Map.of("items", "3"),
				RunTrigger.system("test"), "key-1", null)))
			.isInstanceOf(IdempotencyKeyReusedException.class);
		support.awaitStatus(first.runId(), JobRunStatus.COMPLETED, WITHIN);
	}

	@Test
	void anotherTenantsRunIsNotFound() {
		long tenant = support.aTenant();
		long other = support.aTenant();
		long run = support.harnessRun(tenant, Map.of("items", "1"));

		assertThatThrownBy(() -> support.as(other, () -> runs.stop(run, null)))
			.isInstanceOf(JobRunNotFoundException.class);
		assertThatThrownBy(() -> support.as(other, () -> runs.restart(run)))
			.isInstanceOf(JobRunNotFoundException.class);
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
	}

}
