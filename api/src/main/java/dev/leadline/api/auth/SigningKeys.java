package dev.leadline.api.auth;

import static dev.leadline.db.jooq.Tables.JWT_SIGNING_KEY;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.leadline.db.jooq.tables.records.JwtSigningKeyRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ES256 signing keys shared by every process through the database. The newest key signs;
 * a new one is made when it is older than the rotation period; older keys keep verifying
 * until every token they signed has expired. {@link #verificationKeys()} serves both the
 * JWKS endpoint and token validation.
 */
@Component
class SigningKeys implements InitializingBean, JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(60);

	private static final Duration UNKNOWN_KID_RELOAD_PAUSE = Duration.ofSeconds(10);

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final SecretKeyring keyring;

	private final AuthProperties auth;

	private final Clock clock;

	private volatile Loaded loaded;

	private volatile Instant lastUnknownKidReload = Instant.EPOCH;

	SigningKeys(DSLContext dsl, TransactionTemplate transactions, SecretKeyring keyring, AuthProperties auth,
			Clock clock) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.keyring = keyring;
		this.auth = auth;
		this.clock = clock;
	}

	private record Loaded(ECKey signing, JWKSet verification, Instant at) {
	}

	@Override
	public void afterPropertiesSet() {
		reload();
	}

	/** The private key new tokens are signed with. */
	ECKey signingKey() {
		Loaded current = loaded;
		Instant now = clock.instant();
		if (current.at().plus(RELOAD_INTERVAL).isBefore(now) || isDueForRotation(current.signing(), now)) {
			current = reload();
		}
		return current.signing();
	}

	/** Public keys that tokens may be verified with. */
	JWKSet verificationKeys() {
		Loaded current = loaded;
		if (current.at().plus(RELOAD_INTERVAL).isBefore(clock.instant())) {
			current = reload();
		}
		return current.verification();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		List<JWK> matches = selector.select(verificationKeys());
		Instant now = clock.instant();
		// A kid we do not know may be a key another process just made; look again, but
		// not on every request.
		if (matches.isEmpty() && lastUnknownKidReload.plus(UNKNOWN_KID_RELOAD_PAUSE).isBefore(now)) {
			lastUnknownKidReload = now;
			matches = selector.select(reload().verification());
		}
		return matches;
	}

	/** Makes a new signing key now, whatever the age of the current one. */
	void rotate() {
		TenantContext.run(TenantScope.system(), () -> transactions.executeWithoutResult(status -> insertNewKey()));
		reload();
	}

	private boolean isDueForRotation(ECKey key, Instant now) {
		return key.getIssueTime() == null || key.getIssueTime().toInstant().plus(auth.keyRotation()).isBefore(now);
	}

	private synchronized Loaded reload() {
		Loaded fresh = TenantContext.system(() -> transactions.execute(status -> {
			// One process at a time decides whether a new key is due.
			dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(0x51C4E7L))).fetch();
			JwtSigningKeyRecord newest = dsl.selectFrom(JWT_SIGNING_KEY)
				.where(JWT_SIGNING_KEY.RETIRED_AT.isNull())
				.orderBy(JWT_SIGNING_KEY.CREATED_AT.desc())
				.limit(1)
				.fetchOne();
			Instant now = clock.instant();
			if (newest == null || newest.getCreatedAt().toInstant().plus(auth.keyRotation()).isBefore(now)) {
				newest = insertNewKey();
			}
			Instant oldestUseful = now.minus(auth.keyRotation())
				.minus(auth.accessTokenTtl())
				.minus(Duration.ofHours(1));
			List<JWK> verification = dsl.selectFrom(JWT_SIGNING_KEY)
				.where(JWT_SIGNING_KEY.RETIRED_AT.isNull())
				.and(JWT_SIGNING_KEY.CREATED_AT.ge(OffsetDateTime.ofInstant(oldestUseful, ZoneOffset.UTC)))
				.orderBy(JWT_SIGNING_KEY.CREATED_AT.desc())
				.fetch(r -> parsePublic(r.getPublicJwk().data()));
			return new Loaded(decryptPrivate(newest), new JWKSet(verification), now);
		}));
		loaded = fresh;
		return fresh;
	}

	private JwtSigningKeyRecord insertNewKey() {
		try {
			Instant now = clock.instant();
			ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.issueTime(java.util.Date.from(now))
				.generate();
			byte[] sealed = keyring.encrypt(key.toJSONString().getBytes(StandardCharsets.UTF_8));
			log.info("Created access-token signing key {}", key.getKeyID());
			return dsl.insertInto(JWT_SIGNING_KEY)
				.set(JWT_SIGNING_KEY.KID, key.getKeyID())
				.set(JWT_SIGNING_KEY.ALGORITHM, JWSAlgorithm.ES256.getName())
				.set(JWT_SIGNING_KEY.PUBLIC_JWK, JSONB.valueOf(key.toPublicJWK().toJSONString()))
				.set(JWT_SIGNING_KEY.ENCRYPTED_PRIVATE_JWK, sealed)
				.set(JWT_SIGNING_KEY.CREATED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.returning()
				.fetchSingle();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Could not generate an ES256 key", e);
		}
	}

	private ECKey decryptPrivate(JwtSigningKeyRecord record) {
		try {
			String json = new String(keyring.decrypt(record.getEncryptedPrivateJwk()), StandardCharsets.UTF_8);
			return ECKey.parse(json);
		}
		catch (GeneralSecurityException | ParseException e) {
			throw new IllegalStateException("The current signing key " + record.getKid() + " cannot be decrypted: "
					+ "this process's LEADLINE_SECRET differs from the one of the process that made it. "
					+ "Every process sharing a database must run with the same LEADLINE_SECRET.", e);
		}
	}

	private static JWK parsePublic(String json) {
		try {
			return JWK.parse(json);
		}
		catch (ParseException e) {
			throw new IllegalStateException("Stored public key is not a JWK", e);
		}
	}

}
