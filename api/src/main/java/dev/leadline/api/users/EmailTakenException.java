package dev.leadline.api.users;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** Another account already uses this e-mail address. */
public class EmailTakenException extends ApiException {

	public EmailTakenException(String email) {
		super(HttpStatus.CONFLICT, "email-taken", "E-mail already in use",
				"An account with the e-mail " + email + " already exists.");
	}

}
