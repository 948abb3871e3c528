package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.problems.ProblemException;

/**
 * The import is not in a state that allows the request (e.g. changing the mapping after
 * it started).
 */
public class ImportStateException extends ProblemException {

	ImportStateException(String message) {
		super(409, "import-state-conflict", "Not possible in the import's current state", message);
	}

}
