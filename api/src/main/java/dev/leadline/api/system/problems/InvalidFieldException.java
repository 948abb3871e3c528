package dev.leadline.api.system.problems;

import org.springframework.http.HttpStatus;

/**
 * A body field whose value cannot be stored (well-formed, but not acceptable), named with
 * the reason.
 */
public class InvalidFieldException extends ApiException {

	public InvalidFieldException(String field, String reason) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Invalid value", field + " " + reason);
	}

}
