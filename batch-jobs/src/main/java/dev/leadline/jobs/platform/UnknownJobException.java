package dev.leadline.jobs.platform;

import dev.leadline.jobs.problems.ProblemException;

/** No job of that name is registered. */
public class UnknownJobException extends ProblemException {

	public UnknownJobException(String name) {
		super(422, "unknown-job", "Unknown job", "There is no job named '" + name + "'.");
	}

}
