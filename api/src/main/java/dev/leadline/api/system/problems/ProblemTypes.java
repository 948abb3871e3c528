package dev.leadline.api.system.problems;

import dev.leadline.jobs.problems.ProblemException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Stable problem type URIs: clients switch on these, never on titles. */
public final class ProblemTypes {

	public static final String BASE = "https://leadline.dev/problems/";

	private ProblemTypes() {
	}

	/**
	 * Problem details of a condition: status, stable type, title, and a detail in words.
	 */
	public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(of(slug));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * Problem details of a domain condition: its status, type, title, message and extra
	 * members.
	 */
	public static ProblemDetail problem(ProblemException exception) {
		ProblemDetail problem = problem(HttpStatus.valueOf(exception.status()), exception.type(), exception.title(),
				exception.getMessage());
		exception.properties().forEach(problem::setProperty);
		return problem;
	}

	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}

	/** The type of a generic HTTP error that no domain condition explains better. */
	public static URI forStatus(int status) {
		return of(switch (status) {
			case 400 -> "bad-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable-content";
			case 429 -> "too-many-requests";
			case 503 -> "service-unavailable";
			default -> status >= 500 ? "internal-error" : "http-" + status;
		});
	}

}
