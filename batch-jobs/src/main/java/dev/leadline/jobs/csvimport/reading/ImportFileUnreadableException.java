package dev.leadline.jobs.csvimport.reading;

/**
 * The import cannot go on reading its file; the rows before the failure stay imported.
 */
public class ImportFileUnreadableException extends RuntimeException {

	/**
	 * The message is complete: the platform shows a failure's innermost cause, so none is
	 * chained.
	 */
	public ImportFileUnreadableException(String message) {
		super(message);
	}

}
