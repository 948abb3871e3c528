package dev.leadline.api.system;

import dev.leadline.jobs.problems.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A condition only the API knows (a taken e-mail, a bad parameter), reported like every other
 * {@link ProblemException}: {@link ProblemDetailsAdvice} is the one place that maps exceptions to HTTP.
 */
public abstract class ApiException extends ProblemException {

    protected ApiException(HttpStatus status, String type, String title, String detail) {
        super(status.value(), type, title, detail);
    }
}
