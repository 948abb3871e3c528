package dev.leadline.jobs.platform;

import dev.leadline.jobs.problems.ProblemException;

/** The run is not in a state that allows the action; the message says why, in words. */
public class JobRunConflictException extends ProblemException {

	public JobRunConflictException(String reason) {
		super(409, "job-run-conflict", "Not possible in the run's current state", reason);
	}

}
