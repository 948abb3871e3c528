package dev.leadline.api.auth;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;

import dev.leadline.api.system.ratelimit.RateLimitExceededException;
import dev.leadline.api.system.ratelimit.RateLimitProperties;
import dev.leadline.api.system.ratelimit.RateLimiter;
import dev.leadline.db.jooq.enums.TenantStatus;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login, refresh and logout. Every outcome that matters is reported to
 * {@link SignInEvents}.
 */
@Service
class AuthService {

	/**
	 * A valid bcrypt hash of nothing anyone knows: unknown accounts cost as much time as
	 * known ones.
	 */
	private static final String DECOY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5hnIVvXyLJ6b6r2BS0dTqS6";

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final TokenSessions sessions;

	private final AccessTokens accessTokens;

	private final SignInEvents events;

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	private final PasswordHasher passwords;

	AuthService(DSLContext dsl, TransactionTemplate transactions, TokenSessions sessions, AccessTokens accessTokens,
			SignInEvents events, RateLimiter limiter, RateLimitProperties limits, PasswordHasher passwords) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.sessions = sessions;
		this.accessTokens = accessTokens;
		this.events = events;
		this.limiter = limiter;
		this.limits = limits;
		this.passwords = passwords;
	}

	/**
	 * A signed-in session: a fresh access token, its refresh token, and who it is for.
	 */
	record Session(String accessToken, String refreshToken, CurrentUser user) {
	}

	/**
	 * @throws RateLimitExceededException when this address tried too often, for this
	 * account or any, or the account was tried too often from every address together
	 * @throws InvalidCredentialsException when the e-mail or password is wrong, or the
	 * account is disabled
	 */
	Session login(String email, String password, String clientAddress) {
		String account = email.trim().toLowerCase(Locale.ROOT);
		throttle("login:address:" + clientAddress, "login-address", limits.loginPerAddress());
		// Per account and address first: someone guessing from their own address cannot
		// use
		// up the account's owner's attempts from theirs.
		throttle("login:account-address:" + account + "|" + clientAddress, "login-account-address",
				limits.loginPerAccountAndAddress());
		throttle("login:account:" + account, "login-account", limits.loginPerAccount());
		return TenantContext.system(() -> {
			Record user = dsl
				.select(APP_USER.ID, APP_USER.TENANT_ID, APP_USER.EMAIL, APP_USER.PASSWORD_HASH, APP_USER.ROLE,
						APP_USER.PLATFORM_ADMIN, APP_USER.DISABLED, TENANT.STATUS)
				.from(APP_USER)
				.join(TENANT)
				.on(TENANT.ID.eq(APP_USER.TENANT_ID))
				.where(org.jooq.impl.DSL.lower(APP_USER.EMAIL).eq(account))
				.fetchOne();
			boolean matches = passwords.matches(password, user == null ? DECOY_HASH : user.get(APP_USER.PASSWORD_HASH));
			if (user == null || !matches || user.get(APP_USER.DISABLED)
					|| user.get(TENANT.STATUS) != TenantStatus.active) {
				String reason = user == null ? "unknown account" : !matches ? "wrong password"
						: user.get(APP_USER.DISABLED) ? "account disabled" : "tenant suspended";
				transactions.executeWithoutResult(
						status -> events.loginFailed(user == null ? null : user.get(APP_USER.TENANT_ID),
								user == null ? null : user.get(APP_USER.ID), account, reason));
				throw new InvalidCredentialsException();
			}
			return transactions.execute(status -> {
				TokenSessions.Rotation started = sessions.start(user.get(APP_USER.TENANT_ID), user.get(APP_USER.ID));
				CurrentUser current = new CurrentUser(user.get(APP_USER.ID), user.get(APP_USER.TENANT_ID),
						user.get(APP_USER.EMAIL), user.get(APP_USER.ROLE), user.get(APP_USER.PLATFORM_ADMIN),
						started.familyId());
				events.loginSucceeded(current);
				return new Session(accessTokens.issue(current), started.refreshToken(), current);
			});
		});
	}

	/**
	 * @throws InvalidRefreshTokenException when the token is unknown, expired, revoked or
	 * already used
	 */
	Session refresh(String refreshToken) {
		return TenantContext.system(() -> {
			Session session = transactions.execute(status -> {
				TokenSessions.Rotation rotation = sessions.rotate(refreshToken);
				switch (rotation.outcome()) {
					case REUSED -> {
						events.refreshTokenReused(rotation.tenantId(), rotation.userId(), rotation.familyId());
						return null;
					}
					case UNKNOWN, EXPIRED_OR_REVOKED -> {
						return null;
					}
					default -> {
						Record user = dsl.select(APP_USER.EMAIL, APP_USER.ROLE, APP_USER.PLATFORM_ADMIN)
							.from(APP_USER)
							.where(APP_USER.ID.eq(rotation.userId()))
							.fetchSingle();
						CurrentUser current = new CurrentUser(rotation.userId(), rotation.tenantId(),
								user.get(APP_USER.EMAIL), user.get(APP_USER.ROLE), user.get(APP_USER.PLATFORM_ADMIN),
								rotation.familyId());
						return new Session(accessTokens.issue(current), rotation.refreshToken(), current);
					}
				}
			});
			if (session == null) {
				throw new InvalidRefreshTokenException();
			}
			return session;
		});
	}

	void logout(CurrentUser user) {
		TenantContext.run(TenantScope.tenant(user.tenantId()), () -> transactions.executeWithoutResult(status -> {
			sessions.revoke(user.sessionId(), "logout");
			events.loggedOut(user);
		}));
	}

	private void throttle(String key, String policy, RateLimitProperties.Limit limit) {
		if (!limits.enabled()) {
			return;
		}
		RateLimiter.Decision decision = limiter.consume(key, policy, limit);
		if (!decision.allowed()) {
			throw new RateLimitExceededException(decision);
		}
	}

}
