package dev.leadline.api.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A condition the API reports as problem details with a stable type. Domain exceptions extend it and
 * {@link ProblemDetailsAdvice} answers them: the one place that maps exceptions to HTTP.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected ApiException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public ProblemDetail toProblem() {
        return ProblemTypes.problem(status, type, title, getMessage());
    }

    public HttpStatus status() {
        return status;
    }
}
