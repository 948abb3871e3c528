package dev.leadline.jobs.csvimport;

/** The import is not in a state that allows the request (e.g. changing the mapping after it started). */
public class ImportStateException extends RuntimeException {

	ImportStateException(String message) {
		super(message);
	}

}
