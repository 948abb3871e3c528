package dev.leadline.jobs.csvimport;

/** The import cannot go on reading its file; the rows before the failure stay imported. */
class ImportFileUnreadableException extends RuntimeException {

	ImportFileUnreadableException(String message, Throwable cause) {
		super(message, cause);
	}

}
