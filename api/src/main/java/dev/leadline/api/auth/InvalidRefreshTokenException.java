package dev.leadline.api.auth;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** The refresh token is unknown, expired, revoked or was already used. */
class InvalidRefreshTokenException extends ApiException {

	InvalidRefreshTokenException() {
		super(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token",
				"The refresh token is unknown, expired, revoked or was already used. Sign in again.");
	}

}
