package dev.leadline.api.enrichment;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrichment through the API with the Person stage, as a user would: a top-up by a
 * platform admin, an estimate, a run, its items and the credits page.
 */
@LeadlineIntegrationTest
class EnrichmentApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTestSupport support;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String owner;

	String platformAdmin;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		owner = accounts.accessToken(http, tenant.owner());
		TestAccounts.Tenant home = accounts.aTenant();
		TestAccounts.User admin = accounts.aUser(home, UserRole.admin);
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(admin.id()))
			.execute());
		platformAdmin = accounts.accessToken(http, admin);
	}

	@Test
	void estimateRunItemsAndCreditsThroughTheApi() {
		support.as(tenant.id(), () -> dsl.execute("""
				INSERT INTO contact (tenant_id, email, first_name, last_name, title, phone, country) VALUES
				  ({0}, 'ana@example.com', 'Ana', NULL, 'VP of Sales', NULL, NULL),
				  ({0}, 'bo@example.com', 'Bo', NULL, 'Geschäftsführer', '+49 30 1234567', 'DE'),
				  ({0}, NULL, 'Cy', 'Nobody', NULL, NULL, NULL)""", org.jooq.impl.DSL.val(tenant.id())));
		String request = "{\"stage\":\"person\",\"filter\":{}}";

		HttpResponse<String> refused = http.post("/api/v1/enrichment/runs", owner, request);
		assertThat(refused.statusCode()).isEqualTo(402);
		assertThat(json.readTree(refused.body()).path("type").asString()).endsWith("insufficient-credits");

		HttpResponse<String> topUp = http.post("/api/v1/admin/tenants/" + tenant.id() + "/credits", platformAdmin,
				"{\"kind\":\"top_up\",\"amount\":100,\"note\":\"welcome\"}");
		assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(200);
		assertThat(http
			.post("/api/v1/admin/tenants/" + tenant.id() + "/credits", owner, "{\"kind\":\"top_up\",\"amount\":100}")
			.statusCode()).as("only platform admins top up").isEqualTo(403);

		JsonNode estimate = json.readTree(http.post("/api/v1/enrichment/estimate", owner, request).body());
		assertThat(estimate.path("selected").asLong()).isEqualTo(3);
		assertThat(estimate.path("workable").asLong()).isEqualTo(2);
		assertThat(estimate.path("maxCredits").asLong()).isEqualTo(3);
		assertThat(estimate.path("expectedCredits").asLong()).isEqualTo(2);
		assertThat(estimate.path("covered").asBoolean()).isTrue();

		HttpResponse<String> started = http.post("/api/v1/enrichment/runs", owner, request);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long run = json.readTree(started.body()).path("id").asLong();
		support.awaitStatus(run, JobRunStatus.COMPLETED, Duration.ofSeconds(60));

		JsonNode subject = json.readTree(http.get("/api/v1/jobs/" + run, owner).body()).path("run").path("subject");
		assertThat(subject.path("type").asString()).isEqualTo("enrichment");
		assertThat(subject.path("label").asString()).isEqualTo("person");
		JsonNode view = json.readTree(http.get("/api/v1/enrichment/runs/" + run, owner).body());
		assertThat(view.path("found").asLong()).isEqualTo(2);
		assertThat(view.path("notFound").asLong()).isEqualTo(1);
		assertThat(view.path("charged").asLong()).isEqualTo(2);
		assertThat(view.path("held").asLong()).isEqualTo(3);
		assertThat(view.path("released").asLong()).isEqualTo(1);
		assertThat(view.path("pending").asLong()).isZero();

		JsonNode notFound = json
			.readTree(http.get("/api/v1/enrichment/runs/" + run + "/items?state=not_found", owner).body());
		assertThat(notFound.path("items")).hasSize(1);
		assertThat(notFound.path("items").get(0).path("label").asString()).isEqualTo("Cy Nobody");
		assertThat(notFound.path("items").get(0).path("reason").asString())
			.isEqualTo("No e-mail, title, phone or LinkedIn URL");
		JsonNode found = json.readTree(http.get("/api/v1/enrichment/runs/" + run + "/items?state=found", owner).body());
		assertThat(found.path("items").toString()).contains("\"seniority\":\"VP\"")
			.contains("\"department\":\"SALES\"")
			.contains("\"phoneE164\":\"+49301234567\"");

		HttpResponse<String> csv = http.get("/api/v1/enrichment/runs/" + run + "/items.csv", owner);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines()).hasSize(4);
		assertThat(csv.body()).as("fields as JSON").contains("\"\"seniority\"\":\"\"VP\"\"");

		JsonNode contacts = json.readTree(http.get("/api/v1/contacts?seniority=VP", owner).body());
		assertThat(contacts.path("items")).hasSize(1);
		long ana = contacts.path("items").get(0).path("id").asLong();
		JsonNode enriched = json.readTree(http.get("/api/v1/contacts/" + ana + "/enrichment", owner).body());
		JsonNode seniority = enriched.valueStream()
			.filter(f -> f.path("field").asString().equals("seniority"))
			.findFirst()
			.orElseThrow();
		assertThat(seniority.path("value").asString()).isEqualTo("VP");
		assertThat(seniority.path("source").asString()).startsWith("person/");
		assertThat(java.time.OffsetDateTime.parse(seniority.path("fetchedAt").asString()))
			.isAfter(java.time.OffsetDateTime.now().minusMinutes(5));

		JsonNode credits = json.readTree(http.get("/api/v1/credits", owner).body());
		assertThat(credits.path("balance").asLong()).isEqualTo(98);
		assertThat(credits.path("held").asLong()).isZero();
		assertThat(credits.path("ledger").toString()).contains("top_up").contains("charge").contains("release");
		assertThat(credits.path("usagePerStage").get(0).path("stage").asString()).isEqualTo("person");
		assertThat(credits.path("usagePerStage").get(0).path("credits").asLong()).isEqualTo(2);

		support.as(tenant.id(), () -> dsl.execute("""
				INSERT INTO provider_call (tenant_id, run_id, stage, provider, attempt, status, outcome, latency_ms,
				                           cost, input_tokens, output_tokens, called_at) VALUES
				  ({0}, {1}, 'research', 'openai', 1, 429, 'rate-limited', 10, 0, NULL, NULL, now()),
				  ({0}, {1}, 'research', 'openai', 2, 200, 'ok', 300, 0.002, 1000, 200, now()),
				  ({0}, {1}, 'research', 'openai', 1, NULL, 'timeout', 200, 0, NULL, NULL, now()),
				  ({0}, {1}, 'research', 'anthropic', 1, 200, 'ok', 100, 0.01, 500, 50, now())""",
				org.jooq.impl.DSL.val(tenant.id()), org.jooq.impl.DSL.val(run)));
		JsonNode providers = json.readTree(http.get("/api/v1/enrichment/runs/" + run + "/providers", owner).body());
		assertThat(providers).hasSize(2);
		assertThat(providers.get(0).path("provider").asString()).isEqualTo("anthropic");
		JsonNode openai = providers.get(1);
		assertThat(openai.path("calls").asLong()).isEqualTo(3);
		assertThat(openai.path("ok").asLong()).isEqualTo(1);
		assertThat(openai.path("rateLimited").asLong()).isEqualTo(1);
		assertThat(openai.path("failed").asLong()).isEqualTo(1);
		assertThat(openai.path("cost").decimalValue()).isEqualByComparingTo("0.002");
		assertThat(openai.path("averageLatencyMs").asLong()).isEqualTo(170);
		assertThat(openai.path("inputTokens").asLong()).isEqualTo(1000);
		assertThat(openai.path("outputTokens").asLong()).isEqualTo(200);

		HttpResponse<String> again = http.post("/api/v1/enrichment/runs", owner, request);
		assertThat(again.statusCode()).as("everything is fresh now").isEqualTo(409);
		assertThat(json.readTree(again.body()).path("type").asString()).endsWith("nothing-to-enrich");
	}

	@Test
	void aCompanysEnrichedFieldsAreListedByNameWithSourceAndDate() {
		long company = support.as(tenant.id(),
				() -> dsl
					.resultQuery(
							"""
									INSERT INTO company (tenant_id, name, enrichment) VALUES ({0}, 'Acme',
									  '{"industry": {"value": "Software", "source": "firmographics/stub", "fetchedAt": "2026-12-01T10:00:00Z"},
									    "employees": {"value": 120, "source": "firmographics/stub", "fetchedAt": "2026-12-02T10:00:00Z"},
									    "socialLinks": {"value": ["https://x.com/acme", "https://github.com/acme"], "source": "company/website",
									                    "url": "https://acme.test/about", "fetchedAt": "2026-12-02T10:00:00Z"}}')
									RETURNING id""",
							org.jooq.impl.DSL.val(tenant.id()))
					.fetchSingle()
					.get(0, Long.class));
		long plain = support.as(tenant.id(),
				() -> dsl
					.resultQuery("INSERT INTO company (tenant_id, name) VALUES ({0}, 'Plain') RETURNING id",
							org.jooq.impl.DSL.val(tenant.id()))
					.fetchSingle()
					.get(0, Long.class));

		JsonNode fields = json.readTree(http.get("/api/v1/companies/" + company + "/enrichment", owner).body());

		assertThat(fields).hasSize(3);
		assertThat(fields.get(0).path("field").asString()).isEqualTo("employees");
		assertThat(fields.get(0).path("value").asString()).isEqualTo("120");
		assertThat(fields.get(1).path("field").asString()).isEqualTo("industry");
		assertThat(fields.get(1).path("value").asString()).isEqualTo("Software");
		assertThat(fields.get(1).path("source").asString()).isEqualTo("firmographics/stub");
		assertThat(fields.get(1).path("fetchedAt").asString()).isEqualTo("2026-12-01T10:00:00Z");
		assertThat(fields.get(1).path("items").isNull()).as("a single value has no items").isTrue();
		assertThat(fields.get(2).path("url").asString()).isEqualTo("https://acme.test/about");
		assertThat(fields.get(2).path("items").valueStream().map(JsonNode::asString))
			.containsExactly("https://x.com/acme", "https://github.com/acme");
		assertThat(json.readTree(http.get("/api/v1/companies/" + plain + "/enrichment", owner).body())).isEmpty();
		assertThat(http.get("/api/v1/companies/999999999/enrichment", owner).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/contacts/999999999/enrichment", owner).statusCode()).isEqualTo(404);
	}

	@Test
	void companyStagesSelectByTheCompaniesFilter() {
		support.as(tenant.id(), () -> dsl.execute("""
				INSERT INTO company (tenant_id, name, domain, country) VALUES
				  ({0}, 'Acme', 'acme.de', 'DE'), ({0}, 'Beta', 'beta.de', 'DE'), ({0}, 'Gamma', NULL, 'DE'),
				  ({0}, 'Delta', 'delta.fr', 'FR')""", org.jooq.impl.DSL.val(tenant.id())));

		JsonNode estimate = json.readTree(http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"company\",\"companyFilter\":{\"country\":[\"DE\"],\"hasDomain\":true}}")
			.body());
		assertThat(estimate.path("selected").asLong()).as(estimate.toString()).isEqualTo(2);
		JsonNode named = json.readTree(http
			.post("/api/v1/enrichment/estimate", owner, "{\"stage\":\"company\",\"companyFilter\":{\"q\":\"delta\"}}")
			.body());
		assertThat(named.path("selected").asLong()).as(named.toString()).isEqualTo(1);

		HttpResponse<String> contactsFilter = http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"company\",\"filter\":{}}");
		assertThat(contactsFilter.statusCode()).isEqualTo(422);
		assertThat(json.readTree(contactsFilter.body()).path("field").asString()).isEqualTo("selection.filter");
		HttpResponse<String> companiesFilter = http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"person\",\"companyFilter\":{}}");
		assertThat(companiesFilter.statusCode()).isEqualTo(422);
		assertThat(json.readTree(companiesFilter.body()).path("field").asString()).isEqualTo("selection.companyFilter");
		HttpResponse<String> badCountry = http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"company\",\"companyFilter\":{\"country\":[\"Germany\"]}}");
		assertThat(badCountry.statusCode()).isEqualTo(400);
		assertThat(badCountry.body()).contains("companyFilter.country");
		HttpResponse<String> nullCountry = http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"company\",\"companyFilter\":{\"country\":[null]}}");
		assertThat(nullCountry.statusCode()).as(nullCountry.body()).isEqualTo(400);
	}

	@Test
	void badRequestsNameWhatWasWrong() {
		HttpResponse<String> unknown = http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"astrology\",\"all\":true}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("person");
		HttpResponse<String> both = http.post("/api/v1/enrichment/estimate", owner,
				"{\"stage\":\"person\",\"all\":true,\"ids\":[1]}");
		assertThat(both.statusCode()).isEqualTo(422);
		assertThat(json.readTree(both.body()).path("field").asString()).isEqualTo("selection");
		assertThat(http.get("/api/v1/enrichment/runs/999999999", owner).statusCode()).isEqualTo(404);
	}

}
