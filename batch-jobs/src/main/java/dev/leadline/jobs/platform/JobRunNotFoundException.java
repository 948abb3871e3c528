package dev.leadline.jobs.platform;

import dev.leadline.jobs.problems.ProblemException;

/** No run with that id is visible in the caller's scope. */
public class JobRunNotFoundException extends ProblemException {

	public JobRunNotFoundException(long id) {
		super(404, "not-found", "Not Found", "There is no job run with id " + id + ".");
	}

}
