package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import java.net.http.HttpResponse;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contacts picked one by one in the list: exported and deleted by id, within the tenant
 * only.
 */
@LeadlineIntegrationTest
class ContactSelectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String token;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		token = accounts.accessToken(http, tenant.owner());
	}

	@Test
	void theSelectedContactsAreExportedInTheListsOrderAndAnotherTenantsAreLeftOut() {
		long ada = contact(tenant, "ada@example.com", "Ada");
		long bob = contact(tenant, "bob@example.com", "Bob");
		contact(tenant, "cy@example.com", "Cy");
		long foreign = contact(accounts.aTenant(), "eve@example.com", "Eve");

		HttpResponse<String> csv = http.post("/api/v1/contacts/selection/export?sort=name", token,
				"{\"ids\": [%d, %d, %d, 999999999]}".formatted(bob, ada, foreign));

		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFFEmail,First Name");
		assertThat(lines.get(1)).startsWith("ada@example.com,Ada");
		assertThat(lines.get(2)).startsWith("bob@example.com,Bob");
	}

	@Test
	void theSelectedContactsAreDeletedAndAuditedAndAnotherTenantsStay() {
		long ada = contact(tenant, "ada@example.com", "Ada");
		long bob = contact(tenant, "bob@example.com", "Bob");
		long cy = contact(tenant, "cy@example.com", "Cy");
		long foreign = contact(accounts.aTenant(), "eve@example.com", "Eve");

		HttpResponse<String> deleted = http.post("/api/v1/contacts/selection/delete", token,
				"{\"ids\": [%d, %d, %d]}".formatted(ada, bob, foreign));

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
		assertThat(json.readTree(deleted.body()).path("deleted").asInt()).isEqualTo(2);
		assertThat(accounts.system(() -> dsl.select(CONTACT.ID)
			.from(CONTACT)
			.where(CONTACT.ID.in(ada, bob, cy, foreign))
			.fetch(CONTACT.ID))).containsExactlyInAnyOrder(cy, foreign);
		JsonNode trail = json
			.readTree(http.get("/api/v1/audit?action=contact.deleted&targetType=contact&targetId=" + ada, token).body())
			.path("items");
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0).path("details").path("email").asString()).isEqualTo("ada@example.com");
	}

	@Test
	void viewersCannotDeleteAndSelectionsAreBounded() {
		long ada = contact(tenant, "ada@example.com", "Ada");
		String viewer = accounts.accessToken(http, accounts.aUser(tenant, UserRole.viewer));

		assertThat(
				http.post("/api/v1/contacts/selection/delete", viewer, "{\"ids\": [%d]}".formatted(ada)).statusCode())
			.isEqualTo(403);
		assertThat(http.post("/api/v1/contacts/selection/delete", token, "{\"ids\": []}").statusCode()).isEqualTo(400);
		String tooMany = java.util.stream.LongStream.rangeClosed(1, 1001)
			.mapToObj(Long::toString)
			.collect(java.util.stream.Collectors.joining(",", "{\"ids\": [", "]}"));
		HttpResponse<String> refused = http.post("/api/v1/contacts/selection/export", token, tooMany);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("ids");
	}

	private long contact(TestAccounts.Tenant owner, String email, String firstName) {
		return accounts.system(() -> dsl.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.EMAIL, CONTACT.FIRST_NAME)
			.values(owner.id(), email, firstName)
			.returning(CONTACT.ID)
			.fetchOne()
			.getId());
	}

}
