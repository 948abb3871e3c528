package dev.leadline.api;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_VIEW;
import static dev.leadline.db.jooq.Tables.REPORT_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.csvimport.ImportTestSupport;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated from the OpenAPI document: every operation whose path takes an id is called
 * by tenant A's owner with tenant B's ids. Each answers 404, exactly like an id that does
 * not exist, and B's rows are unchanged. A new endpoint is covered the moment it is
 * documented.
 */
@LeadlineIntegrationTest
class CrossTenantIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTestSupport support;

	@Autowired
	ImportTestSupport imports;

	@Test
	void everyEndpointTakingAnIdAnswers404ForAnotherTenantsIds() {
		HttpTestClient http = new HttpTestClient(port);
		TestAccounts.Tenant tenantA = accounts.aTenant();
		TestAccounts.Tenant tenantB = accounts.aTenant();
		TestAccounts.User memberOfB = accounts.aUser(tenantB, UserRole.member);
		String tokenA = accounts.accessToken(http, tenantA.owner());
		long runOfB = completedRunOf(tenantB);
		long importOfB = imports.upload(tenantB.id(), "Email,Name\nb@example.com,B\n");
		long companyOfB = accounts.system(() -> dsl.insertInto(COMPANY, COMPANY.TENANT_ID, COMPANY.NAME, COMPANY.DOMAIN)
			.values(tenantB.id(), "B Corp", "b-corp.example")
			.returning(COMPANY.ID)
			.fetchOne()
			.getId());
		long contactOfB = accounts.system(() -> dsl
			.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.EMAIL, CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME)
			.values(tenantB.id(), "b@b-corp.example", companyOfB, "B Corp")
			.returning(CONTACT.ID)
			.fetchOne()
			.getId());
		// B's completed run stands for an enrichment run too: the enrichment endpoints
		// read enrichment_run.
		accounts.system(() -> dsl.execute("""
				INSERT INTO enrichment_run (run_id, tenant_id, stage, entity, selection, up_to_id, cost_per_item)
				VALUES ({0}, {1}, 'person', 'contact', '{"all": true}', 0, 1)""", DSL.val(runOfB),
				DSL.val(tenantB.id())));
		// ... and for a report with one complete file (report and report_file).
		long fileOfB = accounts.system(() -> {
			dsl.execute("INSERT INTO report (run_id, tenant_id, selection, up_to_id) VALUES ({0}, {1}, '{}', 0)",
					DSL.val(runOfB), DSL.val(tenantB.id()));
			return dsl.insertInto(REPORT_FILE)
				.set(REPORT_FILE.TENANT_ID, tenantB.id())
				.set(REPORT_FILE.REPORT_ID, runOfB)
				.set(REPORT_FILE.COMPANY_ID, companyOfB)
				.set(REPORT_FILE.STATE, "complete")
				.set(REPORT_FILE.FILE_NAME, "b.pdf")
				.set(REPORT_FILE.STORAGE_KEY, "reports/b.pdf")
				.set(REPORT_FILE.SIZE_BYTES, 1L)
				.set(REPORT_FILE.SHA256, "a".repeat(64))
				.set(REPORT_FILE.CREATED_AT, java.time.OffsetDateTime.now())
				.returning(REPORT_FILE.ID)
				.fetchSingle(REPORT_FILE.ID);
		});
		long viewOfB = accounts.system(() -> dsl.insertInto(CONTACT_VIEW)
			.set(CONTACT_VIEW.TENANT_ID, tenantB.id())
			.set(CONTACT_VIEW.USER_ID, tenantB.owner().id())
			.set(CONTACT_VIEW.NAME, "B's view")
			.set(CONTACT_VIEW.SORT, "name")
			.returning(CONTACT_VIEW.ID)
			.fetchSingle(CONTACT_VIEW.ID));
		Result<?> viewsBefore = accounts
			.system(() -> dsl.selectFrom(CONTACT_VIEW).where(CONTACT_VIEW.TENANT_ID.eq(tenantB.id())).fetch());
		Map<String, Long> idsOfB = Map.of("/api/v1/contact-views/", viewOfB, "/api/v1/users/", memberOfB.id(),
				"/api/v1/jobs/", runOfB, "/api/v1/imports/", importOfB, "/api/v1/contacts/", contactOfB,
				"/api/v1/companies/", companyOfB, "/api/v1/enrichment/runs/", runOfB, "/api/v1/reports/", runOfB);
		Result<?> before = rowsOf(tenantB);
		Result<?> contactsBefore = accounts
			.system(() -> dsl.selectFrom(CONTACT).where(CONTACT.TENANT_ID.eq(tenantB.id())).fetch());
		Result<?> companiesBefore = accounts
			.system(() -> dsl.selectFrom(COMPANY).where(COMPANY.TENANT_ID.eq(tenantB.id())).fetch());
		// Runs of B: completed before the probe, so any change would be ours.

		JsonNode document = json.readTree(http.get("/v3/api-docs").body());
		List<String> called = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").properties().iterator(); paths
			.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			if (!path.getKey().contains("{id}") || path.getKey().startsWith("/api/v1/admin/")) {
				continue;
			}
			Long foreignId = idsOfB.entrySet()
				.stream()
				.filter(e -> path.getKey().startsWith(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			assertThat(foreignId).as("a tenant-B id for %s: add one to this test", path.getKey()).isNotNull();
			for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().properties().iterator(); operations
				.hasNext();) {
				Map.Entry<String, JsonNode> operation = operations.next();
				String method = operation.getKey().toUpperCase();
				String uri = path.getKey()
					.replace("{id}", foreignId.toString())
					.replace("{fileId}", Long.toString(fileOfB));
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(uri))
					.header("Authorization", "Bearer " + tokenA)
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(sampleBody(document, operation.getValue())))
					.build());
				assertThat(response.statusCode()).as("%s %s with tenant B's id: %s", method, uri, response.body())
					.isEqualTo(404);
				assertThat(json.readTree(response.body()).path("type").asString()).endsWith("/not-found");
				called.add(method + " " + path.getKey());
			}
		}

		assertThat(called).as("operations covered")
			.contains("PATCH /api/v1/users/{id}", "DELETE /api/v1/users/{id}", "GET /api/v1/jobs/{id}",
					"GET /api/v1/jobs/{id}/events", "POST /api/v1/jobs/{id}/restart", "POST /api/v1/jobs/{id}/stop",
					"POST /api/v1/jobs/{id}/abandon", "GET /api/v1/imports/{id}", "PUT /api/v1/imports/{id}/mapping",
					"PUT /api/v1/imports/{id}/format", "POST /api/v1/imports/{id}/start",
					"POST /api/v1/imports/{id}/stop", "POST /api/v1/imports/{id}/preview",
					"GET /api/v1/imports/{id}/errors", "GET /api/v1/contacts/{id}", "PATCH /api/v1/contacts/{id}",
					"DELETE /api/v1/contacts/{id}", "GET /api/v1/contacts/{id}/enrichment",
					"GET /api/v1/companies/{id}/enrichment", "GET /api/v1/companies/{id}",
					"PATCH /api/v1/companies/{id}", "DELETE /api/v1/companies/{id}", "GET /api/v1/enrichment/runs/{id}",
					"POST /api/v1/enrichment/runs/{id}/resume", "GET /api/v1/enrichment/runs/{id}/items",
					"GET /api/v1/enrichment/runs/{id}/items.csv", "GET /api/v1/enrichment/runs/{id}/providers",
					"GET /api/v1/reports/{id}", "GET /api/v1/reports/{id}/files/{fileId}",
					"GET /api/v1/reports/{id}/zip", "PATCH /api/v1/contact-views/{id}",
					"DELETE /api/v1/contact-views/{id}");
		assertThat(imports.importRow(tenantB.id(), importOfB).getJobRunId()).as("B's import not started").isNull();
		assertThat(rowsOf(tenantB)).isEqualTo(before);
		assertThat(accounts.system(() -> dsl.selectFrom(CONTACT).where(CONTACT.TENANT_ID.eq(tenantB.id())).fetch()))
			.isEqualTo(contactsBefore);
		assertThat(accounts.system(() -> dsl.selectFrom(COMPANY).where(COMPANY.TENANT_ID.eq(tenantB.id())).fetch()))
			.isEqualTo(companiesBefore);
		assertThat(support.status(runOfB)).isEqualTo(JobRunStatus.COMPLETED);
		assertThat(accounts
			.system(() -> dsl.selectFrom(CONTACT_VIEW).where(CONTACT_VIEW.TENANT_ID.eq(tenantB.id())).fetch()))
			.isEqualTo(viewsBefore);
	}

	private long completedRunOf(TestAccounts.Tenant tenant) {
		long run = support.harnessRun(tenant.id(), Map.of("items", "3"));
		support.awaitStatus(run, JobRunStatus.COMPLETED, Duration.ofSeconds(30));
		return run;
	}

	private Result<?> rowsOf(TestAccounts.Tenant tenant) {
		return accounts.system(
				() -> dsl.selectFrom(APP_USER).where(APP_USER.TENANT_ID.eq(tenant.id())).orderBy(APP_USER.ID).fetch());
	}

	/**
	 * A valid body for the operation's request schema: required strings, enums, booleans
	 * and numbers filled in.
	 */
	private String sampleBody(JsonNode document, JsonNode operation) {
		JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
		if (schema.isMissingNode()) {
			return "";
		}
		ObjectNode body = json.createObjectNode();
		JsonNode resolved = resolve(document, schema);
		for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties")
			.properties()
			.iterator(); properties.hasNext();) {
			Map.Entry<String, JsonNode> property = properties.next();
			JsonNode type = resolve(document, property.getValue());
			if (type.has("example")) {
				body.set(property.getKey(), type.get("example"));
			}
			else if ("array".equals(typeOf(type))) {
				body.putArray(property.getKey());
			}
			else if (type.has("enum")) {
				body.put(property.getKey(), type.path("enum").get(type.path("enum").size() - 1).asString());
			}
			else if ("boolean".equals(typeOf(type))) {
				body.put(property.getKey(), false);
			}
			else if ("string".equals(typeOf(type))) {
				body.put(property.getKey(), "Cross tenant probe");
			}
		}
		return body.toString();
	}

	/**
	 * The schema's type; of an OpenAPI 3.1 list of types (["string", "null"]), the first.
	 */
	private static String typeOf(JsonNode schema) {
		JsonNode type = schema.path("type");
		return type.isArray() ? type.get(0).asString() : type.asString("");
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

}
