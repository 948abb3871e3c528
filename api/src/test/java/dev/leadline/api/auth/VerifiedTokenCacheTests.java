package dev.leadline.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTests {

	static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

	ECKey key;

	AtomicReference<Instant> now = new AtomicReference<>(T0);

	AtomicInteger signatureChecks = new AtomicInteger();

	AtomicBoolean keyPublished = new AtomicBoolean(true);

	VerifiedTokenCache cache;

	@BeforeEach
	void setUp() throws JOSEException {
		key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
		// Expiry against the test's clock, so the test can move time.
		JWTClaimsSetVerifier<SecurityContext> claims = (c, context) -> {
			if (!c.getExpirationTime().toInstant().isAfter(now.get())) {
				throw new BadJWTException("Expired JWT");
			}
		};
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>() {
			@Override
			public JWTClaimsSet process(SignedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
				signatureChecks.incrementAndGet();
				return super.process(jwt, context);
			}
		};
		// The key stays published until the test retires it.
		JWKSource<SecurityContext> published = (selector, context) -> keyPublished.get()
				? selector.select(new JWKSet(key.toPublicJWK())) : List.of();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES256), published));
		processor.setJWTClaimsSetVerifier(claims);
		cache = new VerifiedTokenCache(processor, claims, kid -> keyPublished.get() && key.getKeyID().equals(kid), 3,
				new MovableClock());
	}

	/** The test's time, which the tests move. */
	private final class MovableClock extends Clock {

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}

	}

	@Test
	void aTokenSeenAgainIsNotVerifiedAgain() throws Exception {
		String token = token("alice", Duration.ofMinutes(15));

		JWTClaimsSet first = cache.process(token, null);
		JWTClaimsSet second = cache.process(SignedJWT.parse(token), null);

		assertThat(first.getSubject()).isEqualTo("alice");
		assertThat(second.getSubject()).isEqualTo("alice");
		assertThat(signatureChecks).hasValue(1);
	}

	@Test
	void aRememberedTokenIsRefusedOnceItExpires() throws Exception {
		String token = token("alice", Duration.ofMinutes(15));
		cache.process(token, null);

		now.set(T0.plus(Duration.ofMinutes(16)));

		assertThatThrownBy(() -> cache.process(token, null)).isInstanceOf(BadJWTException.class);
	}

	@Test
	void aRememberedTokenIsRefusedOnceItsKeyIsRetired() throws Exception {
		String token = token("alice", Duration.ofMinutes(15));
		cache.process(token, null);

		keyPublished.set(false);

		assertThatThrownBy(() -> cache.process(token, null)).isInstanceOf(BadJOSEException.class);
		assertThat(cache.size()).isZero();
	}

	@Test
	void aTamperedCopyOfARememberedTokenIsVerifiedAndRefused() throws Exception {
		String token = token("alice", Duration.ofMinutes(15));
		cache.process(token, null);
		String[] parts = token.split("\\.");
		String forgedPayload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new JWTClaimsSet.Builder().subject("mallory")
				.expirationTime(Date.from(T0.plusSeconds(900)))
				.build()
				.toString()
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThatThrownBy(() -> cache.process(parts[0] + "." + forgedPayload + "." + parts[2], null))
			.isInstanceOf(BadJOSEException.class);
		assertThat(signatureChecks).hasValue(2);
	}

	@Test
	void anInvalidSignatureIsNeverRemembered() throws Exception {
		ECKey other = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
		String forged = token(other, "mallory", Duration.ofMinutes(15));

		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> cache.process(forged, null)).isInstanceOf(BadJOSEException.class);
		}
		assertThat(signatureChecks).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void theCacheStaysWithinItsBoundDroppingExpiredTokensFirst() throws Exception {
		String shortLived = token("short", Duration.ofMinutes(1));
		cache.process(shortLived, null);
		cache.process(token("b", Duration.ofMinutes(15)), null);
		cache.process(token("c", Duration.ofMinutes(15)), null);
		now.set(T0.plus(Duration.ofMinutes(2)));

		String d = token("d", Duration.ofMinutes(15));
		cache.process(d, null);
		assertThat(cache.size()).isEqualTo(3);

		cache.process(token("e", Duration.ofMinutes(15)), null);
		assertThat(cache.size()).isEqualTo(1);
		int checks = signatureChecks.get();
		cache.process(d, null);
		assertThat(signatureChecks).hasValue(checks + 1);
	}

	private String token(String subject, Duration ttl) throws JOSEException {
		return token(key, subject, ttl);
	}

	private String token(ECKey signer, String subject, Duration ttl) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signer.getKeyID()).build(),
				new JWTClaimsSet.Builder().subject(subject)
					.issueTime(Date.from(now.get()))
					.expirationTime(Date.from(now.get().plus(ttl)))
					.build());
		jwt.sign(new ECDSASigner(signer));
		return jwt.serialize();
	}

}
