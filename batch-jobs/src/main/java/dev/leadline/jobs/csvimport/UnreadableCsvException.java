package dev.leadline.jobs.csvimport;

/**
 * The uploaded file cannot be read as CSV: it is empty, binary, or has no recognisable structure.
 */
public class UnreadableCsvException extends RuntimeException {

	public UnreadableCsvException(String message) {
		super(message);
	}

}
