package dev.leadline.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class AuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String ownerToken;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		ownerToken = accounts.accessToken(http, tenant.owner());
	}

	@Test
	void userChangesAreAuditedWithActorTargetAndRequestId() {
		JsonNode created = json.readTree(http
			.post("/api/v1/users", ownerToken, "{\"email\":\"audited@" + tenant.slug()
					+ ".test\",\"displayName\":\"Audited\",\"password\":\"a-long-password\",\"role\":\"member\"}")
			.body());

		JsonNode events = json.readTree(http.get("/api/v1/audit?action=user.created", ownerToken).body()).path("items");

		assertThat(events.size()).isEqualTo(1);
		JsonNode event = events.get(0);
		assertThat(event.path("actorId").asLong()).isEqualTo(tenant.owner().id());
		assertThat(event.path("actorEmail").asString()).isEqualTo(tenant.owner().email());
		assertThat(event.path("targetType").asString()).isEqualTo("user");
		assertThat(event.path("targetId").asString()).isEqualTo(created.path("id").asString());
		assertThat(event.path("requestId").asString()).isNotBlank();
		assertThat(event.path("ip").asString()).isNotBlank();
		assertThat(event.path("occurredAt").asString()).endsWith("Z");
		assertThat(event.toString()).doesNotContain("a-long-password");
	}

	@Test
	void controlCharactersInLoggedValuesAreEscaped() {
		JsonNode created = json.readTree(http
			.post("/api/v1/users", ownerToken,
					"{\"email\":\"esc@" + tenant.slug()
							+ ".test\",\"displayName\":\"Plain\",\"password\":\"a-long-password\",\"role\":\"member\"}")
			.body());

		http.patch("/api/v1/users/" + created.path("id").asLong(), ownerToken,
				"{\"displayName\":\"Evil\\nINFO forged line\\u001b[31m\"}");

		JsonNode event = json.readTree(http.get("/api/v1/audit?action=user.updated", ownerToken).body())
			.path("items")
			.get(0);
		String name = event.path("details").path("displayName").asString();
		assertThat(name).doesNotContain("\n").doesNotContain("\u001b").contains("\\u000a").contains("\\u001b");
	}

	@Test
	void keysetPagesVisitEveryEventOnceNewestFirst() {
		for (int i = 0; i < 5; i++) {
			accounts.login(http, tenant.owner());
		}
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = json
				.readTree(http
					.get("/api/v1/audit?action=login.succeeded&limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
							ownerToken)
					.body());
			page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
			cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(ids).hasSize(6).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void anotherTenantsEventsAreNotListed() {
		TestAccounts.Tenant other = accounts.aTenant();
		accounts.login(http, other.owner());

		JsonNode events = json.readTree(http.get("/api/v1/audit?limit=200", ownerToken).body()).path("items");

		assertThat(events.size()).as("the owner's own sign-in is there").isGreaterThan(0);
		events.forEach(event -> assertThat(event.path("tenantId").asLong()).isEqualTo(tenant.id()));
	}

	@Test
	void eventsAreFilteredByTarget() {
		List<String> ids = new ArrayList<>();
		for (String name : List.of("first", "second")) {
			ids.add(json
				.readTree(http.post("/api/v1/users", ownerToken,
						"{\"email\":\"" + name + "@" + tenant.slug() + ".test\",\"displayName\":\"" + name
								+ "\",\"password\":\"a-long-password\",\"role\":\"member\"}")
					.body())
				.path("id")
				.asString());
		}
		http.patch("/api/v1/users/" + ids.get(0), ownerToken, "{\"role\":\"admin\"}");

		JsonNode trail = json
			.readTree(http.get("/api/v1/audit?targetType=user&targetId=" + ids.get(0), ownerToken).body())
			.path("items");

		assertThat(trail.valueStream().map(e -> e.path("action").asString()).toList())
			.containsExactly("user.role_changed", "user.created");
		trail.forEach(e -> assertThat(e.path("targetId").asString()).isEqualTo(ids.get(0)));
		assertThat(http.get("/api/v1/audit?targetType=User;", ownerToken).statusCode()).isEqualTo(400);
	}

	@Test
	void membersCannotReadTheAuditLog() {
		String member = accounts.accessToken(http, accounts.aUser(tenant, UserRole.member));

		assertThat(http.get("/api/v1/audit", member).statusCode()).isEqualTo(403);
	}

}
