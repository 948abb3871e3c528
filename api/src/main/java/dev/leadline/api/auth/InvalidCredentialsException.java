package dev.leadline.api.auth;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** Wrong e-mail or password (or a disabled account): deliberately not saying which. */
class InvalidCredentialsException extends ApiException {

	InvalidCredentialsException() {
		super(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid e-mail or password",
				"The e-mail or password is wrong, or the account is disabled.");
	}

}
