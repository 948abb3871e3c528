package dev.leadline.jobs.csvimport;

/** No import with this id is visible to the caller's tenant. */
public class ImportNotFoundException extends RuntimeException {

	public ImportNotFoundException(long id) {
		super("Import " + id + " does not exist.");
	}

}
