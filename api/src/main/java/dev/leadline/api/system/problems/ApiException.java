package dev.leadline.api.system.problems;

import dev.leadline.jobs.problems.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A condition only the API knows (a taken e-mail, a bad parameter), reported like every
 * other {@link ProblemException}: {@link ProblemDetailsAdvice} is the one place that maps
 * exceptions to HTTP.
 */
public abstract class ApiException extends ProblemException {

	protected ApiException(HttpStatus status, String type, String title, String detail) {
		super(status.value(), type, title, detail);
	}

	/**
	 * Headers the answer carries besides its problem details, such as Retry-After; none
	 * by default.
	 */
	public HttpHeaders headers() {
		return new HttpHeaders();
	}

}
