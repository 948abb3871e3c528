package dev.leadline.api.audit;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.auth.SignInEvents;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sign-in outcomes as audit events: {@code login.failed}, {@code login.succeeded},
 * {@code logout} ...
 */
@Component
class SignInAuditing implements SignInEvents {

	private final AuditLog audit;

	SignInAuditing(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void loginFailed(Long tenantId, Long userId, String account, String reason) {
		audit.record(tenantId, new AuditLog.Actor(userId, account), "login.failed", null, Map.of("reason", reason));
	}

	@Override
	public void loginSucceeded(CurrentUser user) {
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "login.succeeded", session(user.sessionId()));
	}

	@Override
	public void refreshTokenReused(Long tenantId, Long userId, UUID sessionId) {
		audit.record(tenantId, new AuditLog.Actor(userId, null), "refresh_token.reused", session(sessionId),
				Map.of("consequence", "session revoked"));
	}

	@Override
	public void loggedOut(CurrentUser user) {
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "logout", session(user.sessionId()));
	}

	private static AuditLog.Target session(UUID sessionId) {
		return AuditLog.Target.of("session", sessionId);
	}

}
