package dev.leadline.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import static dev.leadline.db.jooq.Tables.AUDIT_EVENT;

import dev.leadline.db.jooq.enums.UserRole;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import java.net.http.HttpResponse;
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

	@Autowired
	DSLContext dsl;

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

	@Test
	void facetsListEveryRecordedActionAndTheTenantsUsersByName() {
		TestAccounts.User admin = accounts.aUser(tenant, UserRole.admin);
		TestAccounts.Tenant other = accounts.aTenant();

		JsonNode facets = json.readTree(http.get("/api/v1/audit/facets", ownerToken).body());

		List<String> actions = facets.path("actions").valueStream().map(JsonNode::asString).toList();
		assertThat(actions)
			.contains("login.succeeded", "import.started", "import.completed", "job.triggered", "job.completed",
					"contact.bulk_deleted", "credits.top_up", "audit.exported")
			.isSorted()
			.doesNotHaveDuplicates();
		List<String> emails = facets.path("actors").valueStream().map(a -> a.path("email").asString()).toList();
		assertThat(emails).contains(tenant.owner().email(), admin.email()).doesNotContain(other.owner().email());
		assertThat(facets.path("actors").get(0).path("displayName").asString()).isNotBlank();
	}

	@Test
	void eventsNameTheirActorByCurrentName() {
		http.patch("/api/v1/users/" + tenant.owner().id(), ownerToken, "{\"displayName\":\"Ana Owner\"}");

		JsonNode event = json.readTree(http.get("/api/v1/audit?action=user.updated", ownerToken).body())
			.path("items")
			.get(0);

		assertThat(event.path("actorName").asString()).isEqualTo("Ana Owner");
	}

	@Test
	void clientAddressesAreShownInOneFormAlsoForOldRows() {
		for (String old : List.of("::ffff:10.0.0.1", "0:0:0:0:0:0:0:1", "2001:db8:0:0:0:0:0:7")) {
			accounts.system(() -> dsl.insertInto(AUDIT_EVENT)
				.set(AUDIT_EVENT.TENANT_ID, tenant.id())
				.set(AUDIT_EVENT.ACTION, "logout")
				.set(AUDIT_EVENT.IP, old)
				.set(AUDIT_EVENT.DETAILS, JSONB.valueOf("{}"))
				.execute());
		}

		List<String> ips = json.readTree(http.get("/api/v1/audit?action=logout", ownerToken).body())
			.path("items")
			.valueStream()
			.map(e -> e.path("ip").asString())
			.toList();

		assertThat(ips).containsExactly("2001:db8::7", "::1", "10.0.0.1");
	}

	@Test
	void exportStreamsTheFilteredLogAsSpreadsheetSafeCsvAndIsAudited() {
		accounts.system(() -> dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.TENANT_ID, tenant.id())
			.set(AUDIT_EVENT.ACTION, "logout")
			.set(AUDIT_EVENT.ACTOR_EMAIL, "=HYPERLINK(\"http://evil.test\")")
			.set(AUDIT_EVENT.IP, "::ffff:192.0.2.9")
			.set(AUDIT_EVENT.DETAILS, JSONB.valueOf("{\"note\":\"a, \\\"quoted\\\" value\"}"))
			.execute());
		accounts.login(http, accounts.aTenant().owner());

		HttpResponse<String> csv = http.get("/api/v1/audit/export?action=logout", ownerToken);

		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("audit-log.csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo("\uFEFFTime,Action,Actor,Actor E-mail,Actor ID,Target Type,Target ID,"
				+ "IP Address,Request ID,Details,Event ID");
		assertThat(lines.get(1)).contains(",logout,,\"'=HYPERLINK(\"\"http://evil.test\"\")\",")
			.contains(",192.0.2.9,")
			.contains("\"{\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" value\"\"}\"");
		assertThat(csv.body()).contains("\r\n");

		JsonNode exported = json.readTree(http.get("/api/v1/audit?action=audit.exported", ownerToken).body())
			.path("items");
		assertThat(exported.size()).isEqualTo(1);
		assertThat(exported.get(0).path("details").path("action").asString()).isEqualTo("logout");
	}

	@Test
	void membersCannotExportTheAuditLogOrReadItsFacets() {
		String member = accounts.accessToken(http, accounts.aUser(tenant, UserRole.member));

		assertThat(http.get("/api/v1/audit/export", member).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/audit/facets", member).statusCode()).isEqualTo(403);
	}

}
