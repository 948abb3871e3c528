package dev.leadline.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Forged, stale and misused tokens: each is answered 401 with problem details, never with
 * data.
 */
@LeadlineIntegrationTest
class TokenAttackIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SigningKeys keys;

	@Autowired
	AuthProperties auth;

	HttpTestClient http;

	JsonNode session;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		session = accounts.login(http, accounts.aTenant().owner());
	}

	@Test
	void theGenuineTokenWorks() {
		assertThat(me(session.path("accessToken").asString()).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "None", "NONE", "nOnE" })
	void unsignedTokensAreRefusedWhateverTheCaseOfNone(String alg) {
		String header = base64(
				"{\"alg\":\"" + alg + "\",\"typ\":\"at+jwt\",\"kid\":\"" + keys.signingKey().getKeyID() + "\"}");
		String payload = payloadOf(session.path("accessToken").asString());

		assertUnauthorized(header + "." + payload + ".");
	}

	@Test
	void hs256SignedWithThePublicKeyIsRefused() throws Exception {
		byte[] publicKey = keys.signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.signingKey().getKeyID())
			.type(AccessTokens.TYPE)
			.build(), validClaims().build());
		forged.sign(new MACSigner(java.util.Arrays.copyOf(publicKey, Math.max(32, publicKey.length))));

		assertUnauthorized(forged.serialize());
	}

	@Test
	void expiredTokenIsRefused() throws Exception {
		Instant past = Instant.now().minus(Duration.ofHours(1));
		assertUnauthorized(sign(claims -> claims.issueTime(Date.from(past))
			.notBeforeTime(Date.from(past))
			.expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))));
	}

	@Test
	void tokenNotValidBeforeAFutureTimeIsRefused() throws Exception {
		assertUnauthorized(sign(claims -> claims.notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))));
	}

	@Test
	void wrongIssuerIsRefused() throws Exception {
		assertUnauthorized(sign(claims -> claims.issuer("https://evil.example")));
	}

	@Test
	void wrongAudienceIsRefused() throws Exception {
		assertUnauthorized(sign(claims -> claims.audience("another-api")));
	}

	@Test
	void wrongTypeIsRefused() throws Exception {
		ECKey key = keys.signingKey();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				validClaims().build());
		jwt.sign(new ECDSASigner(key));

		assertUnauthorized(jwt.serialize());
	}

	@ParameterizedTest
	@ValueSource(strings = { "unknown-kid", "../../../../etc/passwd", "' OR '1'='1", "https://evil.example/jwks.json" })
	void unknownOrMaliciousKidIsRefused(String kid) throws Exception {
		ECKey attackerKey = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(AccessTokens.TYPE).build(),
				validClaims().build());
		jwt.sign(new ECDSASigner(attackerKey));

		assertUnauthorized(jwt.serialize());
	}

	@Test
	void tokenSignedByAnotherKeyUnderOurKidIsRefused() throws Exception {
		ECKey attackerKey = new ECKeyGenerator(Curve.P_256).keyID(keys.signingKey().getKeyID()).generate();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(attackerKey.getKeyID()).type(AccessTokens.TYPE).build(),
				validClaims().build());
		jwt.sign(new ECDSASigner(attackerKey));

		assertUnauthorized(jwt.serialize());
	}

	@Test
	void refreshTokenUsedAsBearerIsRefused() {
		assertUnauthorized(session.path("refreshToken").asString());
	}

	@Test
	void accessTokenSentToRefreshIsRefused() {
		HttpResponse<String> response = http.post("/api/v1/auth/refresh", null,
				"{\"refreshToken\":\"" + session.path("accessToken").asString() + "\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("invalid-refresh-token");
	}

	@Test
	void tamperedPayloadIsRefused() {
		String token = session.path("accessToken").asString();
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"role\":\"owner\"", "\"role\":\"owner\",\"padm\":true");
		String tampered = parts[0] + "." + base64(payload) + "." + parts[2];

		assertThat(tampered).isNotEqualTo(token);
		assertUnauthorized(tampered);
	}

	@Test
	void aHugeAuthorizationHeaderIsAnsweredQuicklyWithoutReachingTheApplication() {
		String huge = "Bearer " + "a".repeat(1024 * 1024);
		long started = System.nanoTime();

		HttpResponse<String> response = http.get("/api/v1/me", huge.substring("Bearer ".length()));

		long millis = (System.nanoTime() - started) / 1_000_000;
		// Tomcat refuses headers over its limit before any of our code runs, still as
		// problem details.
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":400").doesNotContain("Tomcat");
		assertThat(millis).as("answered within %d ms", millis).isLessThan(5_000);
	}

	@Test
	void anOversizedButAcceptedHeaderIsRefusedBeforeParsing() {
		assertUnauthorized("a".repeat(AccessTokenDecoderConfiguration.MAX_TOKEN_LENGTH + 1));
	}

	@Test
	void oldKeysKeepVerifyingAfterRotationWhileNewTokensUseTheNewKey() {
		String before = session.path("accessToken").asString();
		String oldKid = kidOf(before);

		keys.rotate();
		String after = accounts.login(http, accounts.aTenant().owner()).path("accessToken").asString();

		assertThat(kidOf(after)).isNotEqualTo(oldKid);
		assertThat(me(before).statusCode()).isEqualTo(200);
		assertThat(me(after).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/auth/jwks.json").body()).contains(oldKid).contains(kidOf(after));
	}

	private String sign(Consumer<JWTClaimsSet.Builder> change) throws Exception {
		ECKey key = keys.signingKey();
		JWTClaimsSet.Builder claims = validClaims();
		change.accept(claims);
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(AccessTokens.TYPE).build(),
				claims.build());
		jwt.sign(new ECDSASigner(key));
		// Our own key and otherwise valid claims: only the changed claim can make it
		// fail.
		return jwt.serialize();
	}

	private JWTClaimsSet.Builder validClaims() {
		try {
			return new JWTClaimsSet.Builder(SignedJWT.parse(session.path("accessToken").asString()).getJWTClaimsSet())
				.jwtID(UUID.randomUUID().toString());
		}
		catch (java.text.ParseException e) {
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> me(String token) {
		return http.get("/api/v1/me", token);
	}

	private void assertUnauthorized(String token) {
		HttpResponse<String> response = me(token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
		assertThat(response.body()).contains("invalid-token").doesNotContain("Exception");
	}

	private static String kidOf(String token) {
		try {
			return SignedJWT.parse(token).getHeader().getKeyID();
		}
		catch (java.text.ParseException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String payloadOf(String token) {
		return token.split("\\.")[1];
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
