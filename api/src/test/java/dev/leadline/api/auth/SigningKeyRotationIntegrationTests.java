package dev.leadline.api.auth;

import static dev.leadline.db.jooq.Tables.JWT_SIGNING_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runbook's two ways of replacing the signing key by hand, in SQL, as every process
 * sees them at its next reload of the keys (at most a minute; called here directly):
 * backdating the newest key rotates it while its tokens keep working, retiring it refuses
 * its tokens at once while sessions refresh to the new key without a new sign-in.
 */
@LeadlineIntegrationTest
class SigningKeyRotationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SigningKeys keys;

	@Autowired
	AuthProperties auth;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	JsonNode session;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		session = accounts.login(http, accounts.aTenant().owner());
	}

	@Test
	void backdatingTheNewestKeyRotatesItAtTheNextReloadAndItsTokensKeepWorking() {
		String before = session.path("accessToken").asString();
		String oldKid = kidOf(before);

		accounts.system(() -> dsl.update(JWT_SIGNING_KEY)
			.set(JWT_SIGNING_KEY.CREATED_AT, OffsetDateTime.now().minus(auth.keyRotation()).minusMinutes(1))
			.where(JWT_SIGNING_KEY.KID.eq(oldKid))
			.execute());
		reloadKeys();
		String after = accounts.login(http, accounts.aTenant().owner()).path("accessToken").asString();

		assertThat(kidOf(after)).isNotEqualTo(oldKid);
		assertThat(http.get("/api/v1/me", before).statusCode()).as("a token of the old key").isEqualTo(200);
		assertThat(http.get("/api/v1/me", after).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/auth/jwks.json").body()).contains(oldKid);
	}

	@Test
	void retiringAKeyRefusesItsTokensButSessionsRefreshWithoutSigningInAgain() {
		String before = session.path("accessToken").asString();
		String oldKid = kidOf(before);

		accounts.system(() -> dsl.update(JWT_SIGNING_KEY)
			.set(JWT_SIGNING_KEY.RETIRED_AT, OffsetDateTime.now())
			.where(JWT_SIGNING_KEY.KID.eq(oldKid))
			.execute());
		reloadKeys();

		assertThat(http.get("/api/v1/me", before).statusCode()).isEqualTo(401);
		assertThat(http.get("/api/v1/auth/jwks.json").body()).doesNotContain(oldKid);
		HttpResponse<String> refreshed = http.post("/api/v1/auth/refresh", null,
				"{\"refreshToken\":\"" + session.path("refreshToken").asString() + "\"}");
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		String renewed = json.readTree(refreshed.body()).path("accessToken").asString();
		assertThat(kidOf(renewed)).isNotEqualTo(oldKid);
		assertThat(http.get("/api/v1/me", renewed).statusCode()).isEqualTo(200);
	}

	/** What every process does by itself at least once a minute. */
	private void reloadKeys() {
		ReflectionTestUtils.invokeMethod(keys, "reload");
	}

	private static String kidOf(String token) {
		try {
			return SignedJWT.parse(token).getHeader().getKeyID();
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
