package dev.leadline.api.tenants;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@LeadlineIntegrationTest
class AdminTenantsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Test
	void platformAdminsCreateTenantsWhoseOwnerCanSignIn() {
		HttpTestClient http = new HttpTestClient(port);
		TestAccounts.User admin = accounts.aTenant().owner();
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(admin.id()))
			.execute());
		String token = accounts.accessToken(http, admin);
		String slug = "acme-" + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> created = http.post("/api/v1/admin/tenants", token,
				"{\"slug\":\"" + slug + "\",\"name\":\"Acme\",\"ownerEmail\":\"boss@" + slug
						+ ".test\",\"ownerDisplayName\":\"Boss\"," + "\"ownerPassword\":\"a-long-password\"}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(http.get("/api/v1/admin/tenants?limit=200", token).body()).contains(slug);
		assertThat(http
			.post("/api/v1/auth/login", null, "{\"email\":\"boss@" + slug + ".test\",\"password\":\"a-long-password\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void tenantOwnersAreNotPlatformAdmins() {
		HttpTestClient http = new HttpTestClient(port);
		String owner = accounts.accessToken(http, accounts.aTenant().owner());

		assertThat(http.get("/api/v1/admin/tenants", owner).statusCode()).isEqualTo(403);
	}

}
