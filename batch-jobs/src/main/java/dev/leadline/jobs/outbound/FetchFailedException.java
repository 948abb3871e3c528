package dev.leadline.jobs.outbound;

/**
 * A fetch the guard allowed that did not complete: the connection failed, timed out or
 * broke off, or the answer was not HTTP.
 */
public class FetchFailedException extends RuntimeException {

	private final boolean timedOut;

	public FetchFailedException(String message, boolean timedOut, Throwable cause) {
		super(message, cause);
		this.timedOut = timedOut;
	}

	/** Whether a connect, read or total timeout ended it. */
	public boolean timedOut() {
		return this.timedOut;
	}

}
