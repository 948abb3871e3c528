package dev.leadline.api.system.problems;

import org.springframework.http.HttpStatus;

/**
 * The resource does not exist for the caller: other tenants' rows answer exactly like
 * missing ones.
 */
public class NotFoundException extends ApiException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "Not Found", "There is no " + what + " with id " + id + ".");
	}

}
