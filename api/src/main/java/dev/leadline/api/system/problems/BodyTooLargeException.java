package dev.leadline.api.system.problems;

import java.io.IOException;

/**
 * A request body grew past its limit while it was read (a body without a declared
 * length). An {@link IOException}, so that any reader of the body (Jackson, a multipart
 * parser) stops at once; {@link ProblemDetailsAdvice} answers it with 413 wherever it
 * ends up in a cause chain.
 */
public class BodyTooLargeException extends IOException {

	private final long limit;

	public BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes.");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}

	/**
	 * The first {@link BodyTooLargeException} in the cause chain of a failure, if any.
	 */
	public static BodyTooLargeException in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
