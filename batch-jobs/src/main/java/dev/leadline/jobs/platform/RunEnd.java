package dev.leadline.jobs.platform;

import dev.leadline.db.jooq.enums.JobRunStatus;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;

/**
 * How an attempt ended, judged from its settled execution. A stop is not a failure: a
 * stopped or completed run carries no failure, whatever exceptions Spring Batch collected
 * on the way (JobInterruptedException).
 *
 * @param failure what made it fail, or null
 */
record RunEnd(JobRunStatus status, Throwable failure) {

	/**
	 * @param stored the attempt's execution in an end state, or null when none started
	 * @param launchFailure what went wrong starting it, or null
	 */
	static RunEnd of(JobExecution stored, Exception launchFailure) {
		if (stored == null) {
			return (launchFailure == null) ? new RunEnd(JobRunStatus.STOPPED, null)
					: new RunEnd(JobRunStatus.FAILED, launchFailure);
		}
		JobRunStatus status = RunStatuses.of(stored.getStatus());
		if (RunStatuses.ACTIVE.contains(status)) {
			status = JobRunStatus.FAILED;
		}
		if (status != JobRunStatus.FAILED) {
			return new RunEnd(status, null);
		}
		Throwable failure = launchFailure;
		if (failure == null) {
			// A partitioned step fails saying only that a partition failed; the
			// partition's own failure says why.
			failure = Stream
				.concat(stored.getStepExecutions()
					.stream()
					.filter(PartitionSteps::isPartition)
					.flatMap((step) -> step.getFailureExceptions().stream()), stored.getAllFailureExceptions().stream())
				.findFirst()
				.orElse(null);
		}
		if (failure == null) {
			String description = stored.getExitStatus().getExitDescription();
			failure = new IllegalStateException((description == null || description.isBlank())
					? "The job ended " + stored.getStatus() : description);
		}
		return new RunEnd(status, failure);
	}

	String failureType() {
		return rootCause().getClass().getSimpleName();
	}

	String failureMessage() {
		Throwable root = rootCause();
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private Throwable rootCause() {
		Throwable root = this.failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
