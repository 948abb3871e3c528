package dev.leadline.api.imports;

import dev.leadline.db.jooq.enums.JobRunStatus;

/** Where an import is: UPLOADED until started, then its run's state. */
public enum ImportStatus {

	UPLOADED, QUEUED, RUNNING, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED;

	static ImportStatus of(JobRunStatus run) {
		if (run == null) {
			return UPLOADED;
		}
		return switch (run) {
			case QUEUED -> QUEUED;
			case STARTING, STARTED -> RUNNING;
			case STOPPING -> STOPPING;
			case STOPPED -> STOPPED;
			case FAILED -> FAILED;
			case COMPLETED -> COMPLETED;
			case ABANDONED -> ABANDONED;
		};
	}

}
