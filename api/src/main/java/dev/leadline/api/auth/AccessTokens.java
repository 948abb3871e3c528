package dev.leadline.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Issues ES256 access tokens; {@link AccessTokenDecoderConfiguration} is their only
 * reader.
 */
@Component
class AccessTokens {

	static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
	static final String TENANT = "tid";
	static final String ROLE = "role";
	static final String PLATFORM_ADMIN = "padm";
	static final String SESSION = "sid";
	static final String EMAIL = "email";

	private final SigningKeys keys;

	private final AuthProperties auth;

	private final Clock clock;

	AccessTokens(SigningKeys keys, AuthProperties auth, Clock clock) {
		this.keys = keys;
		this.auth = auth;
		this.clock = clock;
	}

	String issue(CurrentUser user) {
		ECKey key = keys.signingKey();
		Instant now = clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(auth.issuer())
			.audience(auth.audience())
			.subject(Long.toString(user.userId()))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(auth.accessTokenTtl())))
			.claim(TENANT, user.tenantId())
			.claim(ROLE, user.role().getLiteral())
			.claim(PLATFORM_ADMIN, user.platformAdmin())
			.claim(SESSION, user.sessionId().toString())
			.claim(EMAIL, user.email())
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(TYPE).build(), claims);
		try {
			jwt.sign(new ECDSASigner(key));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Could not sign an access token", e);
		}
		return jwt.serialize();
	}

}
