package dev.leadline.api.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How an access token is read: ES256 only (never "none", never HMAC), header type
 * {@code at+jwt} (a refresh token or any other JWT cannot pass), a key we published (by
 * {@code kid}), our issuer and audience, exp/nbf/iat within the clock skew, the claims we
 * rely on present, and a live session.
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenDecoderConfiguration {

	/** Tokens larger than this are refused before any parsing. */
	static final int MAX_TOKEN_LENGTH = 4096;

	/**
	 * Verified tokens remembered (see {@link VerifiedTokenCache}): far more than the live
	 * sessions of 50 tenants.
	 */
	static final int VERIFIED_TOKENS = 4096;

	@Bean
	JwtDecoder accessTokenDecoder(SigningKeys keys, AuthProperties auth, TokenSessions sessions, Clock clock) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(AccessTokens.TYPE));
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES256), keys));
		DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(auth.audience(),
				new JWTClaimsSet.Builder().issuer(auth.issuer()).build(), Set.of("sub", "exp", "iat", "nbf", "jti",
						AccessTokens.TENANT, AccessTokens.ROLE, AccessTokens.SESSION));
		claims.setMaxClockSkew((int) auth.clockSkew().toSeconds());
		processor.setJWTClaimsSetVerifier(claims);

		NimbusJwtDecoder nimbus = new NimbusJwtDecoder(new VerifiedTokenCache(processor, claims,
				kid -> kid != null && keys.verificationKeys().getKeyByKeyId(kid) != null, VERIFIED_TOKENS, clock));
		nimbus.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(auth.clockSkew()), sessions));
		return token -> {
			if (token.length() > MAX_TOKEN_LENGTH) {
				throw new org.springframework.security.oauth2.jwt.BadJwtException("Token too large");
			}
			return nimbus.decode(token);
		};
	}

}
