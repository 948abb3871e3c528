package dev.leadline.api.auth;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.REFRESH_TOKEN;
import static dev.leadline.db.jooq.Tables.TENANT;
import static dev.leadline.db.jooq.Tables.TOKEN_FAMILY;

import dev.leadline.db.jooq.enums.TenantStatus;
import dev.leadline.db.tenancy.TenantContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Sessions ("token families"): the refresh tokens of one login, rotated on every refresh
 * and stored only as SHA-256 hashes. A reused refresh token, a logout, a role change or a
 * disabled account revokes the family; as a token validator this class refuses access
 * tokens of revoked families.
 */
@Component
class TokenSessions implements OAuth2TokenValidator<Jwt> {

	private final DSLContext dsl;

	private final AuthProperties auth;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TokenSessions(DSLContext dsl, AuthProperties auth, Clock clock) {
		this.dsl = dsl;
		this.auth = auth;
		this.clock = clock;
	}

	/** What a refresh attempt found. */
	enum RotationOutcome {

		ROTATED, UNKNOWN, EXPIRED_OR_REVOKED, REUSED

	}

	record Rotation(RotationOutcome outcome, UUID familyId, Long tenantId, Long userId, String refreshToken) {
	}

	/**
	 * Starts a session for the user; call inside a transaction in the user's tenant or
	 * system scope.
	 */
	Rotation start(long tenantId, long userId) {
		UUID family = UUID.randomUUID();
		dsl.insertInto(TOKEN_FAMILY)
			.set(TOKEN_FAMILY.ID, family)
			.set(TOKEN_FAMILY.TENANT_ID, tenantId)
			.set(TOKEN_FAMILY.USER_ID, userId)
			.set(TOKEN_FAMILY.EXPIRES_AT, now().plus(auth.refreshTokenTtl()))
			.execute();
		return new Rotation(RotationOutcome.ROTATED, family, tenantId, userId, issueRefreshToken(tenantId, family));
	}

	/**
	 * Exchanges a refresh token for a new one. Call inside a system-scope transaction:
	 * the row is locked, so two concurrent uses of one token see one rotation and one
	 * reuse.
	 */
	Rotation rotate(String refreshToken) {
		var row = dsl
			.select(REFRESH_TOKEN.ID, REFRESH_TOKEN.ROTATED_AT, REFRESH_TOKEN.EXPIRES_AT, TOKEN_FAMILY.ID,
					TOKEN_FAMILY.TENANT_ID, TOKEN_FAMILY.USER_ID, TOKEN_FAMILY.REVOKED_AT, APP_USER.DISABLED,
					TENANT.STATUS)
			.from(REFRESH_TOKEN)
			.join(TOKEN_FAMILY)
			.on(TOKEN_FAMILY.ID.eq(REFRESH_TOKEN.FAMILY_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(TOKEN_FAMILY.USER_ID))
			.join(TENANT)
			.on(TENANT.ID.eq(TOKEN_FAMILY.TENANT_ID))
			.where(REFRESH_TOKEN.TOKEN_HASH.eq(hash(refreshToken)))
			.forUpdate()
			.of(REFRESH_TOKEN, TOKEN_FAMILY)
			.fetchOne();
		if (row == null) {
			return new Rotation(RotationOutcome.UNKNOWN, null, null, null, null);
		}
		UUID family = row.get(TOKEN_FAMILY.ID);
		long tenantId = row.get(TOKEN_FAMILY.TENANT_ID);
		long userId = row.get(TOKEN_FAMILY.USER_ID);
		if (row.get(REFRESH_TOKEN.ROTATED_AT) != null) {
			if (row.get(TOKEN_FAMILY.REVOKED_AT) == null) {
				revoke(family, "refresh token reused");
			}
			return new Rotation(RotationOutcome.REUSED, family, tenantId, userId, null);
		}
		if (row.get(TOKEN_FAMILY.REVOKED_AT) != null || row.get(REFRESH_TOKEN.EXPIRES_AT).isBefore(now())
				|| row.get(APP_USER.DISABLED) || row.get(TENANT.STATUS) != TenantStatus.active) {
			return new Rotation(RotationOutcome.EXPIRED_OR_REVOKED, family, tenantId, userId, null);
		}
		dsl.update(REFRESH_TOKEN)
			.set(REFRESH_TOKEN.ROTATED_AT, now())
			.where(REFRESH_TOKEN.ID.eq(row.get(REFRESH_TOKEN.ID)))
			.execute();
		dsl.update(TOKEN_FAMILY)
			.set(TOKEN_FAMILY.EXPIRES_AT, now().plus(auth.refreshTokenTtl()))
			.where(TOKEN_FAMILY.ID.eq(family))
			.execute();
		return new Rotation(RotationOutcome.ROTATED, family, tenantId, userId, issueRefreshToken(tenantId, family));
	}

	/**
	 * Revokes one session: its refresh tokens stop working, and so do its access tokens.
	 */
	void revoke(UUID family, String reason) {
		dsl.update(TOKEN_FAMILY)
			.set(TOKEN_FAMILY.REVOKED_AT, now())
			.set(TOKEN_FAMILY.REVOKED_REASON, reason)
			.where(TOKEN_FAMILY.ID.eq(family))
			.and(TOKEN_FAMILY.REVOKED_AT.isNull())
			.execute();
	}

	/** Revokes every session of a user (role changed, disabled, removed). */
	void revokeAllOf(long userId, String reason) {
		dsl.update(TOKEN_FAMILY)
			.set(TOKEN_FAMILY.REVOKED_AT, now())
			.set(TOKEN_FAMILY.REVOKED_REASON, reason)
			.where(TOKEN_FAMILY.USER_ID.eq(userId))
			.and(TOKEN_FAMILY.REVOKED_AT.isNull())
			.execute();
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		UUID family;
		try {
			family = UUID.fromString(token.getClaimAsString(AccessTokens.SESSION));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Malformed session", null));
		}
		boolean live = TenantContext.system(() -> dsl.fetchExists(dsl.selectOne()
			.from(TOKEN_FAMILY)
			.join(APP_USER)
			.on(APP_USER.ID.eq(TOKEN_FAMILY.USER_ID))
			.join(TENANT)
			.on(TENANT.ID.eq(TOKEN_FAMILY.TENANT_ID))
			.where(TOKEN_FAMILY.ID.eq(family))
			.and(TOKEN_FAMILY.REVOKED_AT.isNull())
			.and(APP_USER.DISABLED.isFalse())
			.and(TENANT.STATUS.eq(TenantStatus.active))));
		return live ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Session ended", null));
	}

	private String issueRefreshToken(long tenantId, UUID family) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		dsl.insertInto(REFRESH_TOKEN)
			.set(REFRESH_TOKEN.TENANT_ID, tenantId)
			.set(REFRESH_TOKEN.FAMILY_ID, family)
			.set(REFRESH_TOKEN.TOKEN_HASH, hash(token))
			.set(REFRESH_TOKEN.EXPIRES_AT, now().plus(auth.refreshTokenTtl()))
			.execute();
		return token;
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
