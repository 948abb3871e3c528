package dev.leadline.api.auth;

import static dev.leadline.db.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class SessionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	HttpTestClient http;

	TestAccounts.User user;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		user = accounts.aTenant().owner();
	}

	@Test
	void loginAnswersAnEs256AccessTokenWithTheClaimsWeRelyOn() throws Exception {
		JsonNode session = accounts.login(http, user);

		SignedJWT jwt = SignedJWT.parse(session.path("accessToken").asString());
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
		assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
		assertThat(jwt.getHeader().getKeyID()).isNotBlank();
		var claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("leadline");
		assertThat(claims.getAudience()).containsExactly("leadline-api");
		assertThat(claims.getSubject()).isEqualTo(Long.toString(user.id()));
		assertThat(claims.getLongClaim("tid")).isEqualTo(user.tenantId());
		assertThat(claims.getStringClaim("role")).isEqualTo("owner");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(15 * 60 * 1000L);
		assertThat(session.path("expiresIn").asLong()).isEqualTo(900);
		assertThat(session.path("user").path("email").asString()).isEqualTo(user.email());
	}

	@Test
	void wrongPasswordIsAnUnhelpful401AndAudited() {
		HttpResponse<String> response = http.post("/api/v1/auth/login", null,
				"{\"email\":\"" + user.email() + "\",\"password\":\"not-the-password\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json.readTree(response.body()).path("type").asString()).endsWith("/invalid-credentials");
		assertThat(response.body()).doesNotContain("not-the-password");
		assertThat(auditActions()).contains("login.failed");
	}

	@Test
	void unknownAccountAnswersExactlyLikeAWrongPassword() {
		HttpResponse<String> unknown = http.post("/api/v1/auth/login", null,
				"{\"email\":\"nobody@nowhere.test\",\"password\":\"whatever-it-is\"}");
		HttpResponse<String> wrong = http.post("/api/v1/auth/login", null,
				"{\"email\":\"" + user.email() + "\",\"password\":\"whatever-it-is\"}");

		assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
		assertThat(json.readTree(unknown.body()).path("detail")).isEqualTo(json.readTree(wrong.body()).path("detail"));
	}

	@Test
	void refreshRotatesAndAReusedTokenRevokesTheWholeSession() {
		JsonNode first = accounts.login(http, user);
		String original = first.path("refreshToken").asString();

		HttpResponse<String> rotated = refresh(original);
		assertThat(rotated.statusCode()).isEqualTo(200);
		String newer = json.readTree(rotated.body()).path("refreshToken").asString();
		String newerAccess = json.readTree(rotated.body()).path("accessToken").asString();
		assertThat(newer).isNotEqualTo(original);

		HttpResponse<String> reuse = refresh(original);
		assertThat(reuse.statusCode()).isEqualTo(401);
		assertThat(refresh(newer).statusCode()).as("the newer token died with its family").isEqualTo(401);
		assertThat(http.get("/api/v1/me", newerAccess).statusCode()).isEqualTo(401);
		assertThat(auditActions()).contains("refresh_token.reused");
	}

	@Test
	void afterLogoutNeitherTokenWorks() {
		JsonNode session = accounts.login(http, user);
		String access = session.path("accessToken").asString();

		HttpResponse<String> logout = http.post("/api/v1/auth/logout", access, "");

		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(http.get("/api/v1/me", access).statusCode()).isEqualTo(401);
		assertThat(refresh(session.path("refreshToken").asString()).statusCode()).isEqualTo(401);
		assertThat(auditActions()).contains("logout");
	}

	@Test
	void browsersGetTheRefreshTokenOnlyAsAStrictHttpOnlySecureCookie() {
		HttpResponse<String> login = http.post("/api/v1/auth/login", null, "{\"email\":\"" + user.email()
				+ "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"useCookie\":true}");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(json.readTree(login.body()).path("refreshToken").isNull()).isTrue();
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("leadline_refresh=")
			.contains("HttpOnly")
			.contains("Secure")
			.contains("SameSite=Strict")
			.contains("Path=/api/v1/auth");

		String value = cookie.substring(0, cookie.indexOf(';'));
		HttpResponse<String> withoutHeader = http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/refresh"))
			.header("Cookie", value)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(withoutHeader.statusCode()).as("cookie refresh needs the custom header").isEqualTo(401);

		HttpResponse<String> refreshed = http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/refresh"))
			.header("Cookie", value)
			.header("X-Leadline-Refresh", "cookie")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(refreshed.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("leadline_refresh=")
			.doesNotStartWith(value + ";");
	}

	@Test
	void jwksPublishesPublicKeysOnly() {
		JsonNode jwks = json.readTree(http.get("/api/v1/auth/jwks.json").body());

		assertThat(jwks.path("keys").size()).isGreaterThanOrEqualTo(1);
		for (JsonNode key : jwks.path("keys")) {
			assertThat(key.path("kty").asString()).isEqualTo("EC");
			assertThat(key.has("d")).as("private part").isFalse();
			assertThat(key.path("kid").asString()).isNotBlank();
		}
	}

	@Test
	void meAnswersTheSignedInUserAndTenant() {
		HttpResponse<String> me = http.get("/api/v1/me", accounts.accessToken(http, user));

		JsonNode body = json.readTree(me.body());
		assertThat(body.path("id").asLong()).isEqualTo(user.id());
		assertThat(body.path("tenant").path("id").asLong()).isEqualTo(user.tenantId());
		assertThat(body.path("role").asString()).isEqualTo("owner");
	}

	private HttpResponse<String> refresh(String token) {
		return http.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + token + "\"}");
	}

	private List<String> auditActions() {
		return accounts.system(() -> dsl.select(AUDIT_EVENT.ACTION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.TENANT_ID.eq(user.tenantId()))
			.fetch(AUDIT_EVENT.ACTION));
	}

}
