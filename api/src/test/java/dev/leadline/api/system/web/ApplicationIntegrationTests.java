package dev.leadline.api.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class ApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	HttpTestClient http;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void healthIsUpWithTheDatabase() {
		HttpResponse<String> response = http.get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusExposesJvmAndPoolMetricsOnTheManagementPort() {
		HttpResponse<String> response = new HttpTestClient(managementPort).get("/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void theApplicationsPortServesNoMetricsButItsProbes() {
		assertThat(managementPort).isNotEqualTo(port);
		assertThat(http.get("/actuator/prometheus").body()).doesNotContain("jvm_");
		assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(http.get("/actuator/info").statusCode()).isEqualTo(404);
		assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(json.readTree(readiness.body()).path("status").asString()).isEqualTo("UP");
		assertThat(new HttpTestClient(managementPort).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void openApiDocumentIsVersion31AndDescribesTheStatusEndpoint() {
		HttpResponse<String> response = http.get("/v3/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode document = json.readTree(response.body());
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.path("info").path("title").asString()).isEqualTo("Leadline API");
		assertThat(document.path("paths").has("/api/v1/status")).isTrue();
		assertThat(document.path("components").path("securitySchemes").has("bearerAuth")).isTrue();
		assertThat(document.path("components").path("schemas").has("Problem")).as("every $ref resolves").isTrue();
		assertThat(document.path("paths").path("/api/v1/users").path("get").path("responses").has("401")).isTrue();
	}

	@Test
	void statusNamesTheProductAndBothRoles() {
		HttpResponse<String> response = http.get("/api/v1/status");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode status = json.readTree(response.body());
		assertThat(status.path("name").asString()).isEqualTo("Leadline");
		assertThat(status.path("roles").toString()).isEqualTo("[\"api\",\"worker\"]");
	}

	@Test
	void unknownApiPathIsProblemDetails404() {
		HttpResponse<String> response = http.get("/api/v1/no-such-thing",
				accounts.accessToken(http, accounts.aTenant().owner()));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("type").asString()).isEqualTo("https://leadline.dev/problems/not-found");
		assertThat(problem.path("detail").asString()).isEqualTo("There is nothing at /api/v1/no-such-thing.");
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.leadline");
	}

	@Test
	void wrongMethodIsProblemDetails405() {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/status"))
			.header("Authorization", "Bearer " + accounts.accessToken(http, accounts.aTenant().owner()))
			.DELETE()
			.build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(response.body()).path("type").asString())
			.isEqualTo("https://leadline.dev/problems/method-not-allowed");
	}

	@Test
	void dashboardIsServedAtTheRoot() {
		HttpResponse<String> response = http.get("/");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("leadline-test-dashboard");
	}

	@Test
	void clientSideRoutesFallBackToTheDashboard() {
		HttpResponse<String> response = http.get("/companies/42");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("leadline-test-dashboard");
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
	}

	@Test
	void missingAssetIs404NotTheDashboard() {
		HttpResponse<String> response = http.get("/assets/index-deadbeef.js");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("leadline-test-dashboard");
	}

}
