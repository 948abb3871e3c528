package dev.leadline.api.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class OverviewApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	@Test
	void theOverviewCountsTheTenantsContactsPerDayAndTheirCompleteness() {
		HttpTestClient http = new HttpTestClient(port);
		TestAccounts.Tenant tenant = accounts.aTenant();
		TestAccounts.Tenant other = accounts.aTenant();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		accounts.system(() -> {
			dsl.execute("INSERT INTO company (tenant_id, name) VALUES (?, 'One'), (?, 'Two')", tenant.id(),
					tenant.id());
			dsl.execute("""
					INSERT INTO contact (tenant_id, email, phone, title, created_at)
					SELECT ?, 'p' || g || '@x.example', CASE WHEN g % 2 = 0 THEN '+1555' || g END,
					       CASE WHEN g <= 3 THEN 'CTO' END, now() - (g % 3) * interval '1 day'
					FROM generate_series(1, 12) g""", tenant.id());
			dsl.execute(
					"INSERT INTO contact (tenant_id, email, created_at) VALUES (?, 'old@x.example', now() - interval '40 days')",
					tenant.id());
			return dsl.execute(
					"INSERT INTO contact (tenant_id, email) SELECT ?, 'o' || g || '@x.example' FROM generate_series(1, 5) g",
					other.id());
		});
		String token = accounts.accessToken(http, tenant.owner());
		JsonNode overview = json.readTree(http.get("/api/v1/overview?days=7", token).body());

		assertThat(overview.path("contacts").asLong()).isEqualTo(13);
		assertThat(overview.path("companies").asLong()).isEqualTo(2);
		assertThat(overview.path("contactsPerDay")).hasSize(7);
		assertThat(overview.path("contactsPerDay").get(6).path("day").asString()).isEqualTo(today.toString());
		assertThat(overview.path("contactsPerDay").get(0).path("day").asString())
			.isEqualTo(today.minusDays(6).toString());
		long inWindow = 0;
		for (JsonNode day : overview.path("contactsPerDay")) {
			inWindow += day.path("created").asLong();
		}
		assertThat(inWindow).as("the 40-day-old contact is outside the window").isEqualTo(12);
		assertThat(overview.path("importsPerDay")).hasSize(7);
		assertThat(overview.path("jobsPerDay")).hasSize(7);
		JsonNode completeness = overview.path("completeness");
		assertThat(completeness.path("contacts").asLong()).isEqualTo(13);
		assertThat(completeness.path("withEmail").asLong()).isEqualTo(13);
		assertThat(completeness.path("withPhone").asLong()).isEqualTo(6);
		assertThat(completeness.path("withTitle").asLong()).isEqualTo(3);
		assertThat(completeness.path("withCompany").asLong()).isZero();
		assertThat(http.get("/api/v1/overview?days=0", token).statusCode()).isEqualTo(400);
	}

}
