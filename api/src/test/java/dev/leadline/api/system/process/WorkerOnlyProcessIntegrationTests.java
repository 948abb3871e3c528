package dev.leadline.api.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@LeadlineIntegrationTest
@TestPropertySource(properties = "leadline.roles=worker")
class WorkerOnlyProcessIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void apiAndDashboardAreNotServed() {
		HttpTestClient http = new HttpTestClient(port);

		HttpResponse<String> api = http.get("/api/v1/status");
		HttpResponse<String> dashboard = http.get("/");

		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api.body()).contains("api-role-disabled");
		assertThat(dashboard.statusCode()).isEqualTo(404);
	}

	@Test
	void healthIsStillServed() {
		assertThat(new HttpTestClient(port).get("/actuator/health").statusCode()).isEqualTo(200);
	}

}
