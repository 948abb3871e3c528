package dev.leadline.api.system.problems;

import dev.leadline.jobs.problems.ProblemException;
import java.net.URI;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one mapping from exceptions to RFC 9457 problem details with stable types. Spring
 * MVC's own exceptions (404, 405, 415, 400 ...) come from
 * {@link ResponseEntityExceptionHandler} and get a type per status; domain conditions are
 * {@link ProblemException}s; anything unexpected is logged and answered without a stack
 * trace, SQL or class names.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final URI BLANK = URI.create("about:blank");
	static final String FORBIDDEN_DETAIL = "Your role does not allow this.";
	static final String INTERNAL_ERROR_DETAIL = "Something went wrong on our side. It has been logged; please try again.";

	/**
	 * Every feature's conditions: status, type, title and any headers come with the
	 * exception.
	 */
	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> domain(ProblemException exception) {
		HttpHeaders headers = exception instanceof ApiException api ? api.headers() : new HttpHeaders();
		return ResponseEntity.status(exception.status()).headers(headers).body(ProblemTypes.problem(exception));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.status(status).body(ProblemTypes.problem(status, type, title, detail));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", FORBIDDEN_DETAIL);
	}

	/**
	 * A header value the security firewall refuses when a controller reads it (bytes
	 * outside printable ISO-8859-1, such as raw UTF-8): the client's mistake.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException exception) {
		return badRequest("bad-request", "Bad request",
				"The request has a header, path or parameter with characters that are not allowed.", null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
		String reason = expected(exception);
		return badRequest("validation-failed", "Invalid request",
				"Parameter '" + exception.getName() + "' " + reason + ".",
				List.of(Map.of("field", exception.getName(), "message", reason)));
	}

	/** A multipart body that cannot be parsed (its size limit has its own 413). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> malformedMultipart(MultipartException exception) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(exception);
		if (tooLarge != null) {
			return payloadTooLarge(tooLarge);
		}
		return badRequest("malformed-request", "Malformed request",
				"The multipart body cannot be read: it is truncated or not multipart/form-data.", null);
	}

	/**
	 * Text PostgreSQL refuses to store or compare (NUL, invalid encodings) that no check
	 * caught earlier: the caller's input, not our failure.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> dataAccess(DataAccessException exception) {
		if (isUnstorableText(exception)) {
			return badRequest("invalid-character", "Invalid character",
					"The request contains a character that cannot be stored (such as NUL).", null);
		}
		if (hasSqlState(exception, "23514")) {
			// A check constraint is the last guard of a rule the request broke.
			return badRequest("validation-failed", "Invalid request",
					"A value breaks a rule of the data (for example a control character in a name).", null);
		}
		return ResponseEntity.internalServerError().body(unexpected(exception));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception) {
		log.error("Unexpected error", exception);
		return ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				INTERNAL_ERROR_DETAIL);
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<ProblemDetail> payloadTooLarge(BodyTooLargeException exception) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(ProblemTypes.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body too large",
					"The request body is larger than the limit of " + exception.limit() + " bytes."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", message(error)))
			.toList();
		String detail = errors.isEmpty() ? "The request is not valid."
				: errors.stream()
					.map(e -> e.get("field") + ": " + e.get("message"))
					.reduce((a, b) -> a + "; " + b)
					.orElse("");
		return cast(badRequest("validation-failed", "Invalid request", detail, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of(
						// A body's own errors name its field ("delimiter"), a parameter's
						// name the parameter.
						"field",
						error instanceof org.springframework.validation.FieldError field ? field.getField()
								: String.valueOf(result.getMethodParameter().getParameterName()),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		String detail = errors.stream()
			.map(e -> e.get("field") + ": " + e.get("message"))
			.reduce((a, b) -> a + "; " + b)
			.orElse("The request is not valid.");
		return cast(badRequest("validation-failed", "Invalid request", detail, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			return cast(payloadTooLarge(tooLarge));
		}
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return cast(badRequest("validation-failed", "Invalid request",
					"Unknown field '" + unknown.getPropertyName() + "': it cannot be set here.",
					List.of(Map.of("field", unknown.getPropertyName(), "message", "unknown field"))));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
			if (mismatch instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
					&& text.indexOf('\0') >= 0) {
				return cast(badRequest("validation-failed", "Invalid request",
						"Field '" + field + "' contains a NUL character, which is not allowed.",
						List.of(Map.of("field", field, "message", "contains a NUL character"))));
			}
			return cast(badRequest("validation-failed", "Invalid request", "Field '" + field + "' has the wrong type.",
					List.of(Map.of("field", field, "message", "wrong type"))));
		}
		String detail = cause instanceof JacksonException ? "The body is not valid JSON."
				: "The request body is missing or unreadable.";
		return cast(badRequest("malformed-request", "Malformed request", detail, null));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is nothing at " + ex.getResourcePath().replaceFirst("^/?", "/") + ".");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
			problem.setType(ProblemTypes.forStatus(statusCode.value()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ResponseEntity<ProblemDetail> badRequest(String type, String title, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, type, title, detail);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static String message(FieldError error) {
		if (error.isBindingFailure()) {
			// Its default message names Java types and annotations.
			TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
					? error.unwrap(TypeMismatchException.class) : null;
			return mismatch == null ? "has an invalid value" : expected(mismatch);
		}
		return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
	}

	/** What a value of the required type looks like, in words without class names. */
	private static String expected(TypeMismatchException mismatch) {
		Class<?> type = mismatch.getRequiredType();
		if (type == null) {
			return "has an invalid value";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "must be a whole number in range";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "must be an ISO-8601 date-time such as 2026-01-31T12:00:00Z";
		}
		if (type.isEnum()) {
			return "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return "has an invalid value";
	}

	private static boolean isUnstorableText(Throwable failure) {
		// 22021: character not in repertoire (NUL); 22P05: untranslatable character.
		return hasSqlState(failure, "22021") || hasSqlState(failure, "22P05");
	}

	private static boolean hasSqlState(Throwable failure, String state) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

}
