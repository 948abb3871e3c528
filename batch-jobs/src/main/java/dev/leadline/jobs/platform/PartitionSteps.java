package dev.leadline.jobs.platform;

import org.springframework.batch.core.step.StepExecution;

/**
 * The partitions of a partitioned step, as Spring Batch records them: step executions of
 * the same job execution named {@code manager:partition} (a job gives its worker step the
 * manager's name), whose manager step adds up their counts when they end and fails saying
 * only that a partition failed.
 */
public final class PartitionSteps {

	/**
	 * SQL: the step execution {@code s} (of {@code batch_step_execution}) counts towards
	 * a run's items, i.e. it is not the manager of partitions of its job execution. A
	 * partitioned step's items are counted in its partitions: they grow as each commits,
	 * and stay counted when an attempt dies before its manager could add them up.
	 */
	public static final String COUNTED = """
			NOT EXISTS (SELECT 1 FROM batch_step_execution p
			            WHERE p.job_execution_id = s.job_execution_id
			              AND left(p.step_name, length(s.step_name) + 1) = s.step_name || ':')""";

	private PartitionSteps() {
	}

	static boolean isPartition(StepExecution step) {
		return step.getStepName().indexOf(':') >= 0;
	}

}
