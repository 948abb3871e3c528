package dev.leadline.jobs.problems;

import java.util.Map;

/**
 * A condition a caller caused and can act on, reported over HTTP as RFC 9457 problem
 * details with a stable type. Features throw subclasses; the API maps this one base type,
 * so it names no feature.
 */
public abstract class ProblemException extends RuntimeException {

	private final int status;

	private final String type;

	private final String title;

	/**
	 * @param status the HTTP status the condition answers with (404, 409, 413, 422, ...)
	 * @param type the stable slug of the problem type, e.g. {@code job-run-conflict}
	 * @param title a short, fixed summary of the condition
	 * @param detail what was wrong in this case, in words
	 */
	protected ProblemException(int status, String type, String title, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
	}

	public int status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	/**
	 * Extra members of the problem details, e.g. the list of problems of an invalid
	 * mapping.
	 */
	public Map<String, Object> properties() {
		return Map.of();
	}

}
