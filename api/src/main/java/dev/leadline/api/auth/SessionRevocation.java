package dev.leadline.api.auth;

import org.springframework.stereotype.Component;

/** Ends sessions from outside the auth package (a role change or a disabled account). */
@Component
public class SessionRevocation {

	private final TokenSessions sessions;

	SessionRevocation(TokenSessions sessions) {
		this.sessions = sessions;
	}

	/** Revokes every session of the user; their access tokens stop working at once. */
	public void revokeAllOf(long userId, String reason) {
		sessions.revokeAllOf(userId, reason);
	}

}
