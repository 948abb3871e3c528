package dev.leadline.api.system.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error is problem details with a stable type, with security headers, and without
 * internals.
 */
@LeadlineIntegrationTest
class ErrorResponsesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	String token;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		token = accounts.accessToken(http, accounts.aTenant().owner());
	}

	@Test
	void unauthenticated401() {
		assertProblem(http.get("/api/v1/me"), 401, "unauthenticated");
	}

	@Test
	void forbidden403() {
		TestAccounts.Tenant tenant = accounts.aTenant();
		String viewer = accounts.accessToken(http, accounts.aUser(tenant, dev.leadline.db.jooq.enums.UserRole.viewer));

		assertProblem(http.get("/api/v1/users", viewer), 403, "forbidden");
	}

	@Test
	void notFound404() {
		assertProblem(http.get("/api/v1/nothing-here", token), 404, "not-found");
	}

	@Test
	void methodNotAllowed405() {
		assertProblem(http.send(HttpRequest.newBuilder(http.uri("/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.PUT(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.build()), 405, "method-not-allowed");
	}

	@Test
	void payloadTooLarge413BeforeTheBodyIsRead() {
		String body = "{\"email\":\"a@b.co\",\"displayName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		assertProblem(http.post("/api/v1/users", token, body), 413, "payload-too-large");
	}

	@Test
	void chunkedBodyOverTheLimitIs413WithoutSignIn() {
		long size = 30L * 1024 * 1024;
		InputStream body = new SequenceInputStream(
				new ByteArrayInputStream("{\"email\":\"a@b.co\",\"password\":\"".getBytes(StandardCharsets.UTF_8)),
				new RepeatedByte('x', size));

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			// No declared length: the client sends the body chunked.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build());

		JsonNode problem = assertProblem(response, 413, "payload-too-large");
		assertThat(problem.path("detail").asString()).contains("1048576 bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "TRACE /api/v1/status HTTP/1.1", "GET /api/v1/status?a=b|c{ HTTP/1.1",
			"GET /WEB-INF/web.xml HTTP/1.1", "GET /%00 HTTP/1.1", "GET /a/../../etc/passwd HTTP/1.1" })
	void errorsOfTheContainerCarrySecurityHeaders(String requestLine) {
		String head = http.raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(head).matches("(?s)HTTP/1\\.1 4\\d\\d.*");
		assertContainerProblemWithSecurityHeaders(head);
	}

	@Test
	void aHeaderOverTheLimitIsRefusedWithSecurityHeaders() {
		String head = http.raw("GET /api/v1/status HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(head).startsWith("HTTP/1.1 400");
		assertContainerProblemWithSecurityHeaders(head);
	}

	private static void assertContainerProblemWithSecurityHeaders(String head) {
		String headers = head.toLowerCase();
		assertThat(headers).as(head)
			.contains("content-type: application/problem+json")
			.contains("x-content-type-options: nosniff")
			.contains("x-frame-options: deny")
			.contains("referrer-policy: strict-origin-when-cross-origin")
			.contains("content-security-policy: default-src 'self'");
	}

	/** {@code size} copies of one byte, made as they are read. */
	private static final class RepeatedByte extends InputStream {

		private final int value;

		private long left;

		RepeatedByte(char value, long size) {
			this.value = value;
			this.left = size;
		}

		@Override
		public int read() {
			return left-- > 0 ? value : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) value);
			left -= n;
			return n;
		}

	}

	@Test
	void unsupportedMediaType415() {
		assertProblem(http.send(HttpRequest.newBuilder(http.uri("/api/v1/users"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hello"))
			.build()), 415, "unsupported-media-type");
	}

	@Test
	void malformedJson400() {
		HttpResponse<String> response = http.post("/api/v1/users", token, "{\"email\": ");
		assertProblem(response, 400, "malformed-request");
	}

	@Test
	void unknownFieldsCannotBeSmuggledIn() {
		HttpResponse<String> response = http.post("/api/v1/users", token,
				"{\"email\":\"x@y.test\",\"displayName\":\"X\","
						+ "\"password\":\"long-enough-password\",\"role\":\"member\",\"tenantId\":1}");

		JsonNode problem = assertProblem(response, 400, "validation-failed");
		assertThat(problem.path("detail").asString()).contains("tenantId");
	}

	@Test
	void validationNamesEveryBadField() {
		HttpResponse<String> response = http.post("/api/v1/users", token,
				"{\"email\":\"not-an-email\",\"displayName\":\"\",\"password\":\"short\",\"role\":\"member\"}");

		JsonNode problem = assertProblem(response, 400, "validation-failed");
		assertThat(problem.path("errors").toString()).contains("email").contains("displayName").contains("password");
	}

	@Test
	void internalError500RevealsNothing() {
		HttpResponse<String> response = http.get("/api/v1/test-only/failure", token);

		JsonNode problem = assertProblem(response, 500, "internal-error");
		assertThat(response.body()).doesNotContain("SELECT")
			.doesNotContain("hunter2")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at dev.leadline");
		assertThat(problem.has("trace")).isFalse();
	}

	@Test
	void securityHeadersOnSuccessfulResponsesToo() {
		HttpResponse<String> response = http.get("/api/v1/status");

		assertSecurityHeaders(response);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS only over TLS").isEmpty();
	}

	@Test
	void corsIsClosedByDefault() {
		HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(http.uri("/api/v1/me"))
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "GET")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build());

		// Without Access-Control-Allow-Origin a browser refuses the cross-origin call.
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://leadline.dev/problems/" + type);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.springframework");
		assertSecurityHeaders(response);
		return problem;
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

}
