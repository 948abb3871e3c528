package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.problems.ProblemException;

/** No import with this id is visible to the caller's tenant. */
public class ImportNotFoundException extends ProblemException {

	public ImportNotFoundException(long id) {
		super(404, "not-found", "Not Found", "Import " + id + " does not exist.");
	}

}
