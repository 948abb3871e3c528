package dev.leadline.api.auth;

import java.util.UUID;

/**
 * What sign-in and sessions report for the record. The audit log implements it, so auth,
 * which every feature builds on, names none of them. Each call joins the caller's
 * transaction.
 */
public interface SignInEvents {

	/** A login was refused; tenant and user are null for an unknown account. */
	void loginFailed(Long tenantId, Long userId, String account, String reason);

	void loginSucceeded(CurrentUser user);

	/** A refresh token came back a second time: its whole session was revoked. */
	void refreshTokenReused(Long tenantId, Long userId, UUID sessionId);

	void loggedOut(CurrentUser user);

}
