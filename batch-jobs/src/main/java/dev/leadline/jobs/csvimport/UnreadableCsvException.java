package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.problems.ProblemException;

/**
 * The uploaded file cannot be read as CSV: it is empty, binary, or has no recognisable
 * structure.
 */
public class UnreadableCsvException extends ProblemException {

	public UnreadableCsvException(String message) {
		super(422, "unreadable-file", "The file cannot be imported", message);
	}

}
