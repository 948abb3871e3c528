package dev.leadline.api.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Companies picked one by one in the list, or all matching a filter: exported and
 * deleted, within the tenant only; their contacts stay.
 */
@LeadlineIntegrationTest
class CompanySelectionIntegrationTests {

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
	void theSelectedCompaniesAreExportedInTheListsOrderAndAnotherTenantsAreLeftOut() {
		long acme = company(tenant, "Acme", "acme.example");
		long globex = company(tenant, "Globex", null);
		company(tenant, "Initech", "initech.example");
		long foreign = company(accounts.aTenant(), "Umbrella", "umbrella.example");
		contact(tenant, "ada@acme.example", acme);

		HttpResponse<String> csv = http.post("/api/v1/companies/selection/export?sort=name", token,
				"{\"ids\": [%d, %d, %d, 999999999]}".formatted(globex, acme, foreign));

		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFFCompany,Company Domain");
		assertThat(lines.get(1)).startsWith("Acme,acme.example,,,,,,1,").endsWith("," + acme);
		assertThat(lines.get(2)).startsWith("Globex,,,,,,,0,").endsWith("," + globex);
		assertThat(auditedExports()).hasSize(1);
		assertThat(auditedExports().get(0).path("details").path("selection").asInt()).isEqualTo(2);
	}

	@Test
	void theExportByFilterStreamsEveryMatchingCompanySpreadsheetSafeAndIsAudited() {
		company(tenant, "Acme", "acme.example");
		company(tenant, "=HYPERLINK(\"x\")", "evil.example");
		company(tenant, "No Domain", null);
		company(accounts.aTenant(), "Acme Foreign", "acme-foreign.example");

		HttpResponse<String> csv = http.get("/api/v1/companies/export?hasDomain=true&sort=-name", token);

		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("companies.csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("Acme,acme.example");
		assertThat(lines.get(2)).startsWith("\"'=HYPERLINK(\"\"x\"\")\",evil.example");
		List<JsonNode> exports = auditedExports();
		assertThat(exports).hasSize(1);
		assertThat(exports.get(0).path("details").path("hasDomain").asBoolean()).isTrue();
	}

	@Test
	void theSelectedCompaniesAreDeletedAndAuditedTheirContactsStayAndAnotherTenantsStay() {
		long acme = company(tenant, "Acme", "acme.example");
		long globex = company(tenant, "Globex", "globex.example");
		long initech = company(tenant, "Initech", "initech.example");
		TestAccounts.Tenant other = accounts.aTenant();
		long foreign = company(other, "Umbrella", "umbrella.example");
		long ada = contact(tenant, "ada@acme.example", acme);
		long bob = contact(tenant, "bob@acme.example", acme);
		long cy = contact(tenant, "cy@globex.example", globex);
		long dee = contact(tenant, "dee@initech.example", initech);
		long eve = contact(other, "eve@umbrella.example", foreign);

		HttpResponse<String> deleted = http.post("/api/v1/companies/selection/delete", token,
				"{\"ids\": [%d, %d, %d, 999999999]}".formatted(acme, globex, foreign));

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
		JsonNode answer = json.readTree(deleted.body());
		assertThat(answer.path("deleted").asInt()).isEqualTo(2);
		assertThat(answer.path("contactsUnlinked").asInt()).isEqualTo(3);
		assertThat(accounts.system(() -> dsl.select(COMPANY.ID)
			.from(COMPANY)
			.where(COMPANY.ID.in(acme, globex, initech, foreign))
			.fetch(COMPANY.ID))).containsExactlyInAnyOrder(initech, foreign);
		assertThat(accounts.system(() -> dsl.select(CONTACT.ID)
			.from(CONTACT)
			.where(CONTACT.ID.in(ada, bob, cy, dee, eve), CONTACT.COMPANY_ID.isNull(), CONTACT.COMPANY_NAME.isNull())
			.fetch(CONTACT.ID))).containsExactlyInAnyOrder(ada, bob, cy);
		JsonNode trail = json
			.readTree(
					http.get("/api/v1/audit?action=company.deleted&targetType=company&targetId=" + acme, token).body())
			.path("items");
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0).path("details").path("name").asString()).isEqualTo("Acme");
		assertThat(trail.get(0).path("details").path("selection").asInt()).isEqualTo(2);
	}

	@Test
	void allCompaniesMatchingAFilterAreDeletedByAJobAsTheyMatchedWhenAskedTheirContactsStay() {
		long acme = company(tenant, "Acme Logistics", "acme.example");
		long acmeTwo = company(tenant, "Acme Freight", null);
		long globex = company(tenant, "Globex", "globex.example");
		TestAccounts.Tenant other = accounts.aTenant();
		long foreign = company(other, "Acme Umbrella", "umbrella.example");
		long ada = contact(tenant, "ada@acme.example", acme);
		long bob = contact(tenant, "bob@acme.example", acmeTwo);
		long cy = contact(tenant, "cy@globex.example", globex);
		String member = accounts.accessToken(http, accounts.aUser(tenant, UserRole.member));
		assertThat(http.post("/api/v1/companies/bulk-delete", member, "{\"q\": \"acme\"}").statusCode())
			.as("owners and admins only")
			.isEqualTo(403);

		HttpResponse<String> started = http.post("/api/v1/companies/bulk-delete", token, "{\"q\": \"acme\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long run = json.readTree(started.body()).path("id").asLong();
		assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/jobs/" + run);
		// Created after the request: never part of it.
		long late = company(tenant, "Acme Late", "late.example");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String job = http.get("/api/v1/jobs/" + run, token).body();
			assertThat(json.readTree(job).path("run").path("status").asString()).as(job).isEqualTo("COMPLETED");
		});

		assertThat(accounts.system(() -> dsl.select(COMPANY.ID)
			.from(COMPANY)
			.where(COMPANY.ID.in(acme, acmeTwo, globex, foreign, late))
			.fetch(COMPANY.ID))).containsExactlyInAnyOrder(globex, foreign, late);
		assertThat(accounts.system(() -> dsl.select(CONTACT.ID)
			.from(CONTACT)
			.where(CONTACT.ID.in(ada, bob, cy), CONTACT.COMPANY_ID.isNull())
			.fetch(CONTACT.ID))).as("kept, without a company").containsExactlyInAnyOrder(ada, bob);
		JsonNode requested = json.readTree(http.get("/api/v1/audit?action=company.bulk_delete_requested", token).body())
			.path("items");
		assertThat(requested).hasSize(1);
		assertThat(requested.get(0).path("details").path("filter").path("q").asString()).isEqualTo("acme");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode ended = json.readTree(http.get("/api/v1/audit?action=company.bulk_deleted", token).body())
				.path("items");
			assertThat(ended).hasSize(1);
			assertThat(ended.get(0).path("details").path("deleted").asInt()).isEqualTo(2);
			assertThat(ended.get(0).path("details").path("contactsUnlinked").asInt()).isEqualTo(2);
		});
	}

	@Test
	void viewersCannotDeleteAndSelectionsAreBounded() {
		long acme = company(tenant, "Acme", "acme.example");
		String viewer = accounts.accessToken(http, accounts.aUser(tenant, UserRole.viewer));

		assertThat(
				http.post("/api/v1/companies/selection/delete", viewer, "{\"ids\": [%d]}".formatted(acme)).statusCode())
			.isEqualTo(403);
		assertThat(accounts.system(() -> dsl.fetchCount(COMPANY, COMPANY.ID.eq(acme)))).isEqualTo(1);
		assertThat(http.post("/api/v1/companies/selection/delete", token, "{\"ids\": []}").statusCode()).isEqualTo(400);
		String tooMany = java.util.stream.LongStream.rangeClosed(1, 1001)
			.mapToObj(Long::toString)
			.collect(java.util.stream.Collectors.joining(",", "{\"ids\": [", "]}"));
		HttpResponse<String> refused = http.post("/api/v1/companies/selection/export", token, tooMany);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("ids");
	}

	private List<JsonNode> auditedExports() {
		JsonNode items = json.readTree(http.get("/api/v1/audit?action=company.exported", token).body()).path("items");
		return java.util.stream.StreamSupport.stream(items.spliterator(), false).toList();
	}

	private long company(TestAccounts.Tenant owner, String name, String domain) {
		return accounts.system(() -> dsl.insertInto(COMPANY, COMPANY.TENANT_ID, COMPANY.NAME, COMPANY.DOMAIN)
			.values(owner.id(), name, domain)
			.returning(COMPANY.ID)
			.fetchOne()
			.getId());
	}

	private long contact(TestAccounts.Tenant owner, String email, long companyId) {
		return accounts.system(() -> dsl
			.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.EMAIL, CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME)
			.values(owner.id(), email, companyId, "linked")
			.returning(CONTACT.ID)
			.fetchOne()
			.getId());
	}

}
