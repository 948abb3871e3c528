package dev.leadline.jobs.platform;

import org.springframework.batch.core.step.StepExecution;

/**
 * The partitions of a partitioned step, as Spring Batch records them: step executions of
 * the same job execution named {@code manager:partition}, whose manager step adds up
 * their counts and fails saying only that a partition failed.
 */
final class PartitionSteps {

	private PartitionSteps() {
	}

	static boolean isPartition(StepExecution step) {
		return step.getStepName().indexOf(':') >= 0;
	}

}
