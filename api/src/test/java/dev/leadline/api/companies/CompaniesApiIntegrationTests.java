package dev.leadline.api.companies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.ApiPages;
import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class CompaniesApiIntegrationTests {

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

	ApiPages pages;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		token = accounts.accessToken(http, tenant.owner());
		pages = new ApiPages(http, token, json);
		accounts.system(() -> {
			dsl.execute("""
					INSERT INTO company (tenant_id, name, domain, country, updated_at)
					SELECT ?, (ARRAY['Acme', 'Globex', 'Initech', 'acme'])[1 + g % 4] || ' ' || (g % 9)
					         || CASE WHEN g % 5 = 0 THEN ' #' || g ELSE '' END,
					       CASE WHEN g % 5 = 0 THEN NULL ELSE 'c' || g || '.example' END,
					       (ARRAY['DE', 'US', NULL])[1 + g % 3], timestamptz '2026-01-01' + (g % 4) * interval '1 day'
					FROM generate_series(1, 230) g""", tenant.id());
			return dsl.execute("""
					INSERT INTO contact (tenant_id, email, phone, title, company_id, company_name)
					SELECT ?, 'p' || g || '@x.example', CASE WHEN g % 2 = 0 THEN '+1555' || g END,
					       CASE WHEN g % 3 = 0 THEN 'CTO' END, co.id, co.name
					FROM generate_series(1, 700) g
					JOIN company co ON co.tenant_id = ? AND co.domain = 'c' || (1 + g % 40) || '.example'""",
					tenant.id(), tenant.id());
		});
	}

	@Test
	void pagesInEveryOrderVisitEveryCompanyOnceInTheOrderSqlGives() {
		for (String sort : List.of("name", "-name", "created", "-created", "updated", "-updated")) {
			String dir = sort.startsWith("-") ? " DESC" : "";
			String key = switch (sort.replace("-", "")) {
				case "name" -> "lower(name)" + dir + ", id" + dir;
				case "created" -> "id" + dir;
				default -> "updated_at" + dir + ", id" + dir;
			};
			List<Long> expected = accounts
				.system(() -> dsl.fetch("SELECT id FROM company WHERE tenant_id = ? ORDER BY " + key, tenant.id())
					.getValues(0, Long.class));
			assertThat(pages.allIds("/api/v1/companies?limit=23&sort=" + sort)).as(sort).isEqualTo(expected);
		}
	}

	@Test
	void searchFiltersAndContactCountsMatchSql() {
		List<Long> acme = accounts.system(() -> dsl
			.fetch("SELECT id FROM company WHERE tenant_id = ? AND "
					+ "(lower(name) LIKE '%acme 3%' OR domain LIKE '%acme 3%') ORDER BY lower(name), id", tenant.id())
			.getValues(0, Long.class));
		assertThat(acme).isNotEmpty();
		assertThat(pages.allIds("/api/v1/companies?limit=200&q=ACME%203")).isEqualTo(acme);
		assertThat(pages.allIds("/api/v1/companies?limit=200&q=c17.exa")).hasSize(1);
		assertThat(pages.allIds("/api/v1/companies?limit=200&hasDomain=false&country=DE"))
			.hasSize(accounts.system(() -> dsl.fetchCount(dsl.selectOne()
				.from("company")
				.where("tenant_id = ? AND domain IS NULL AND country = 'DE'", tenant.id()))));
		JsonNode page = pages.ok("/api/v1/companies?limit=200&q=c1.example&count=true");
		assertThat(page.path("total").path("value").asLong()).isEqualTo(1);
		long expectedContacts = accounts.system(() -> dsl.fetchCount(dsl.selectOne()
			.from("contact")
			.where("tenant_id = ? AND company_id = (SELECT id FROM company WHERE tenant_id = ? AND domain = 'c1.example')",
					tenant.id(), tenant.id())));
		assertThat(page.path("items").get(0).path("contactCount").asLong()).isEqualTo(expectedContacts).isPositive();
	}

	@Test
	void aCompanyComesWithASummaryOfItsContacts() {
		long id = accounts.system(
				() -> dsl.fetchOne("SELECT id FROM company WHERE tenant_id = ? AND domain = 'c2.example'", tenant.id())
					.get(0, Long.class));
		JsonNode company = pages.ok("/api/v1/companies/" + id);
		JsonNode counts = accounts.system(() -> json.readTree(dsl.fetchOne("""
				SELECT json_build_object('contacts', count(*), 'withEmail', count(email), 'withPhone', count(phone),
				                         'withTitle', count(title))::text
				FROM contact WHERE tenant_id = ? AND company_id = ?""", tenant.id(), id).get(0, String.class)));
		assertThat(company.path("summary")).isEqualTo(counts);
		assertThat(company.path("summary").path("contacts").asLong()).isPositive();
		assertThat(company.path("domain").asString()).isEqualTo("c2.example");

		HttpResponse<String> patched = http.patch("/api/v1/companies/" + id, token,
				"{\"website\": \"https://www.shop.globex.co.uk/about\", \"employeeCount\": 120, \"country\": \"United Kingdom\"}");
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		assertThat(json.readTree(patched.body()).path("domain").asString()).isEqualTo("globex.co.uk");
		assertThat(json.readTree(patched.body()).path("country").asString()).isEqualTo("GB");
		accounts.system(() -> dsl
			.execute("INSERT INTO company (tenant_id, name, domain) VALUES (?, 'Taken', 'taken.com')", tenant.id()));
		assertThat(
				http.patch("/api/v1/companies/" + id, token, "{\"website\": \"https://www.taken.com/\"}").statusCode())
			.as("another company's domain")
			.isEqualTo(409);
		assertThat(http.patch("/api/v1/companies/" + id, token, "{\"website\": \"not a website\"}").statusCode())
			.isEqualTo(422);
		assertThat(http.patch("/api/v1/companies/" + id, token, "{\"name\": null}").statusCode()).isEqualTo(422);
		assertThat(http.patch("/api/v1/companies/" + id, token, "{\"employeeCount\": -1}").statusCode()).isEqualTo(422);
	}

}
