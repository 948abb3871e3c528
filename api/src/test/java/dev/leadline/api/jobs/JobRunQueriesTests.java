package dev.leadline.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import org.junit.jupiter.api.Test;

class JobRunQueriesTests {

	@Test
	void exitMessagesLoseTheirStackTraceAndPackageNames() {
		String message = "org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk\n"
				+ "\tat org.springframework.batch.core.step.item.ChunkOrientedStep.doExecute(ChunkOrientedStep.java:1)";

		assertThat(JobRunQueries.brief(message)).isEqualTo("FatalStepExecutionException: Unable to process chunk");
		assertThat(JobRunQueries.brief("  ")).isNull();
	}

	@Test
	void allowedActionsFollowTheRunsState() {
		assertThat(JobRunQueries.allowedActions(JobRunStatus.FAILED, false)).containsExactly("restart", "abandon");
		assertThat(JobRunQueries.allowedActions(JobRunStatus.STARTED, true)).containsExactly("stop");
		assertThat(JobRunQueries.allowedActions(JobRunStatus.STARTED, false)).containsExactly("stop", "recover");
		assertThat(JobRunQueries.allowedActions(JobRunStatus.COMPLETED, true)).isEmpty();
		assertThat(JobRunQueries.allowedActions(JobRunStatus.QUEUED, true)).containsExactly("stop", "abandon");
	}

	@Test
	void aCompletedRunIsAtOneHundredPercentWhateverItsEstimate() {
		assertThat(JobRunQueries.percent(JobRunStatus.COMPLETED, 94, 100L)).isEqualTo(100.0);
		assertThat(JobRunQueries.percent(JobRunStatus.COMPLETED, 0, null)).isEqualTo(100.0);
		assertThat(JobRunQueries.percent(JobRunStatus.STARTED, 94, 100L)).isEqualTo(94.0);
		assertThat(JobRunQueries.percent(JobRunStatus.STARTED, 120, 100L)).isEqualTo(100.0);
		assertThat(JobRunQueries.percent(JobRunStatus.STARTED, 5, null)).isNull();
	}

	@Test
	void aStoppedExecutionsInterruptionIsNoMessage() {
		String interrupted = "org.springframework.batch.core.job.JobInterruptedException: Job interrupted by step "
				+ "execution\n\tat org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:1)";

		assertThat(JobRunQueries.exitMessage("STOPPED", interrupted)).isNull();
		assertThat(JobRunQueries.exitMessage("FAILED", interrupted)).startsWith("JobInterruptedException");
		assertThat(JobRunQueries.exitMessage("STOPPED", "Budget reached")).isEqualTo("Budget reached");
	}

}
