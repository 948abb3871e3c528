package dev.leadline.api.system.problems;

import org.springframework.http.HttpStatus;

/** A query parameter with a value the API cannot use, named with the reason. */
public class InvalidParameterException extends ApiException {

	private final String parameter;

	public InvalidParameterException(String parameter, String reason) {
		super(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request", parameter + ": " + reason);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
