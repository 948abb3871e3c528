package dev.leadline.jobs.platform;

import dev.leadline.db.jooq.enums.JobRunStatus;
import java.util.List;
import org.springframework.batch.core.BatchStatus;

/** Facts about run statuses. */
public final class RunStatuses {

	/** A worker owns the run. */
	public static final List<JobRunStatus> ACTIVE = List.of(JobRunStatus.STARTING, JobRunStatus.STARTED,
			JobRunStatus.STOPPING);

	private RunStatuses() {
	}

	static JobRunStatus of(BatchStatus status) {
		return switch (status) {
			case COMPLETED -> JobRunStatus.COMPLETED;
			case STOPPED -> JobRunStatus.STOPPED;
			case ABANDONED -> JobRunStatus.ABANDONED;
			case STOPPING -> JobRunStatus.STOPPING;
			case STARTING -> JobRunStatus.STARTING;
			case STARTED -> JobRunStatus.STARTED;
			case FAILED, UNKNOWN -> JobRunStatus.FAILED;
		};
	}

}
