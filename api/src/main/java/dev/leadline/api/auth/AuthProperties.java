package dev.leadline.api.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tokens and sessions.
 *
 * @param issuer {@code iss} of access tokens
 * @param audience {@code aud} of access tokens
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token (each rotation starts a new one)
 * @param keyRotation age after which a new signing key is made; older keys verify until
 * their tokens expire
 * @param clockSkew tolerance when checking exp, nbf and iat
 * @param secret secret that encrypts the private signing keys in the database
 * ({@code LEADLINE_SECRET}); blank: one is generated into the data directory. Processes
 * sharing a database must share it.
 * @param cookieName name of the browser's refresh-token cookie
 */
@ConfigurationProperties("leadline.auth")
public record AuthProperties(@DefaultValue("leadline") String issuer, @DefaultValue("leadline-api") String audience,
		@DefaultValue("15m") Duration accessTokenTtl, @DefaultValue("7d") Duration refreshTokenTtl,
		@DefaultValue("30d") Duration keyRotation, @DefaultValue("30s") Duration clockSkew, String secret,
		@DefaultValue("leadline_refresh") String cookieName) {
}
