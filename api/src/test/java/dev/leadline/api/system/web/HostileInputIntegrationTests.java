package dev.leadline.api.system.web;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input is refused as the client's mistake (400 or 422 problem details naming
 * what was wrong), never as a 500 with a stack trace in the log.
 */
@LeadlineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	String token;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		token = accounts.accessToken(http, accounts.aTenant().owner());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/contacts", "/api/v1/companies", "/api/v1/contacts/export" })
	void nulInASearchIs400NamingTheParameter(String path, CapturedOutput log) {
		HttpResponse<String> response = http.get(path + "?q=a%00b", token);

		JsonNode problem = assertProblem(response, 400, "invalid-query-string");
		assertThat(problem.path("detail").asString()).contains("'q'").contains("control character");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=%zz", "q=%C3%28", "q=abc%", "limit=%G1", "%zz=1" })
	void invalidPercentEncodingIs400(String query, CapturedOutput log) {
		// java.net.URI refuses these, so they go over a raw connection.
		String response = http.raw("GET /api/v1/contacts?" + query
				+ " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("https://leadline.dev/problems/invalid-query-string")
			.doesNotContain("Exception");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@Test
	void nulInADisplayNameIs400NamingTheField(CapturedOutput log) {
		HttpResponse<String> response = http.post("/api/v1/users", token,
				"{\"email\":\"nul-" + UUID.randomUUID().toString().substring(0, 8)
						+ "@example.test\",\"displayName\":\"a\\u0000b\","
						+ "\"password\":\"long-enough-password\",\"role\":\"member\"}");

		JsonNode problem = assertProblem(response, 400, "validation-failed");
		assertThat(problem.path("detail").asString()).contains("displayName").contains("NUL");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@Test
	void nulInATenantNameIs400NamingTheField(CapturedOutput log) {
		TestAccounts.User admin = accounts.aTenant().owner();
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(admin.id()))
			.execute());
		String slug = "nul-" + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> response = http.post("/api/v1/admin/tenants", accounts.accessToken(http, admin),
				"{\"slug\":\"" + slug + "\",\"name\":\"Acme\\u0000\",\"ownerEmail\":\"boss@" + slug
						+ ".test\",\"ownerDisplayName\":\"Boss\",\"ownerPassword\":\"a-long-password\"}");

		JsonNode problem = assertProblem(response, 400, "validation-failed");
		assertThat(problem.path("detail").asString()).contains("name");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@Test
	void aDisplayNameOfOnlyControlCharactersIs400NotA500(CapturedOutput log) {
		HttpResponse<String> response = http.post("/api/v1/users", token,
				"{\"email\":\"ctl-" + UUID.randomUUID().toString().substring(0, 8)
						+ "@example.test\",\"displayName\":\"\\u0001\\u001b\","
						+ "\"password\":\"long-enough-password\",\"role\":\"member\"}");

		assertProblem(response, 400, "validation-failed");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@Test
	void aHeaderValueTheFirewallRefusesIs400WithSecurityHeaders(CapturedOutput log) {
		// UTF-8 bytes of an emoji as a raw header value (found by the fuzz test).
		String response = http
			.raw("POST /api/v1/contacts/bulk-delete HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
					+ "\r\nIdempotency-Key: \u00F0\u009F\u0098\u0080\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.containsIgnoringCase("X-Content-Type-Options: nosniff")
			.containsIgnoringCase("Content-Security-Policy: default-src 'self'")
			.contains("https://leadline.dev/problems/bad-request")
			.doesNotContain("Exception");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@Test
	void nullInAListOrAJobParameterIs400NotA500(CapturedOutput log) {
		assertProblem(http.post("/api/v1/contacts/bulk-delete", token, "{\"emailStatus\":[null]}"), 400,
				"validation-failed");
		assertProblem(http.post("/api/v1/jobs", token, "{\"jobName\":\"drillJob\",\"parameters\":{\"items\":null}}"),
				400, "validation-failed");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@Test
	void malformedMultipartBodyIs400(CapturedOutput log) {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=XYZ")
			.POST(HttpRequest.BodyPublishers
				.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"))
			.build());

		assertProblem(response, 400, "malformed-request");
		assertThat(log.getOut()).doesNotContain("Unexpected error");
	}

	@ParameterizedTest
	@ValueSource(strings = { "companyId=abc", "hasEmail=maybe", "createdFrom=yesterday", "limit=abc",
			"limit=99999999999999999999" })
	void aWrongTypeInAQueryParameterNamesNoJavaClass(String query) {
		HttpResponse<String> response = http.get("/api/v1/contacts?" + query, token);

		JsonNode problem = assertProblem(response, 400, "validation-failed");
		assertThat(problem.path("detail").asString()).contains(query.substring(0, query.indexOf('=')));
		assertThat(response.body()).doesNotContainPattern("java\\.|swagger|springframework|@|\\bclass\\b");
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://leadline.dev/problems/" + type);
		assertThat(response.body()).doesNotContain("Exception");
		return problem;
	}

}
