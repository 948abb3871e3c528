package dev.leadline.api.tenants;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class AdminTenantsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

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
		assertThat(listedSlugs(http, token)).contains(slug);
		assertThat(http
			.post("/api/v1/auth/login", null, "{\"email\":\"boss@" + slug + ".test\",\"password\":\"a-long-password\"}")
			.statusCode()).isEqualTo(200);
	}

	/**
	 * Every page of the list: the suite's other tests create tenants in the same
	 * database.
	 */
	private List<String> listedSlugs(HttpTestClient http, String token) {
		List<String> slugs = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = json.readTree(
					http.get("/api/v1/admin/tenants?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token)
						.body());
			page.path("items").forEach(item -> slugs.add(item.path("slug").asString()));
			cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
		}
		while (cursor != null);
		return slugs;
	}

	@Test
	void tenantOwnersAreNotPlatformAdmins() {
		HttpTestClient http = new HttpTestClient(port);
		String owner = accounts.accessToken(http, accounts.aTenant().owner());

		assertThat(http.get("/api/v1/admin/tenants", owner).statusCode()).isEqualTo(403);
	}

}
