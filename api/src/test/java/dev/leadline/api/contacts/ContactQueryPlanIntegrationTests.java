package dev.leadline.api.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.api.system.paging.Keyset;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.db.testing.TestDatabase;
import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list's statements, planned by PostgreSQL under row level security (as the
 * application role, in the tenant's scope) on a table large enough for the planner to
 * care: 60,000 contacts in three tenants, the measured tenant's rows the oldest,
 * analysed. No statement may read contacts sequentially, and each page's walk must start
 * inside the tenant's own index range (the trap: walking the primary key backwards
 * through other tenants' rows to find the oldest tenant's newest contacts).
 */
@LeadlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactQueryPlanIntegrationTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	ContactQueries queries;

	@Autowired
	TransactionTemplate transactions;

	long tenant;

	@BeforeAll
	void largeTenants() throws SQLException {
		tenant = accounts.aTenant().id();
		for (long t : List.of(tenant, accounts.aTenant().id(), accounts.aTenant().id())) {
			accounts.system(() -> dsl.execute("""
					INSERT INTO contact (tenant_id, email, first_name, last_name, phone, country, company_name)
					SELECT ?, 'p' || g || '@x' || (g % 500) || '.example',
					       (ARRAY['Ada', 'Alan', 'Grace', 'Edsger', 'Barbara'])[1 + g % 5], 'Surname' || (g % 2000),
					       CASE WHEN g % 3 = 0 THEN '+4930' || g END, (ARRAY['DE', 'FR', 'US', 'GB', 'IS'])[1 + g % 5],
					       'Company ' || (g % 700)
					FROM generate_series(1, 20000) g""", t));
			// Two in three enriched, as a Person run leaves them.
			accounts.system(() -> dsl.execute("""
					INSERT INTO contact_enrichment (tenant_id, contact_id, seniority, email_status)
					SELECT tenant_id, id, (ARRAY['VP', 'DIRECTOR', NULL])[1 + id % 3], 'VALID'
					FROM contact WHERE tenant_id = ? AND id % 3 <> 0""", t));
		}
		try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("VACUUM ANALYZE contact, contact_enrichment");
		}
	}

	@Test
	void everyPageShapeReadsTheTenantsOwnIndexRange() {
		Map<String, String> plans = new LinkedHashMap<>();
		ContactFilter all = ContactFilter.ALL;
		for (String sort : List.of("-created", "created", "name", "-name", "company", "-company", "updated",
				"-updated")) {
			Keyset.Order order = ContactSort.parse(sort);
			plans.put("first page " + sort, plan(all, order, null));
			String cursor = queries.page(tenant, all, order, null, 50, false, List.of()).nextCursor();
			plans.put("keyset page " + sort, plan(all, order, cursor));
		}
		plans.put("country", plan(filter(null, List.of("IS"), null), ContactSort.parse("-created"), null));
		plans.put("country by name", plan(filter(null, List.of("IS"), null), ContactSort.parse("name"), null));
		plans.put("has phone", plan(filter(null, null, true), ContactSort.parse("-created"), null));
		plans.put("common term", plan(filter("surname1", null, null), ContactSort.parse("-created"), null));
		plans.put("common term by company", plan(filter("surname1", null, null), ContactSort.parse("company"), null));
		ContactFilter vp = new ContactFilter(null, null, null, List.of("VP"), null, null, null, null, null, null, null,
				null, null);
		plans.put("seniority", plan(vp, ContactSort.parse("-created"), null));
		plans.put("seniority by name", plan(vp, ContactSort.parse("name"), null));
		ContactFilter unverified = new ContactFilter(null, null, null, null, null, List.of("UNVERIFIED", "RISKY"), null,
				null, null, null, null, null, null);
		plans.put("e-mail status", plan(unverified, ContactSort.parse("-updated"), null));
		// The enriched values live in contact_enrichment: the rows of the page's own
		// index
		// range are probed there by key, the table is never read whole.
		for (String shape : List.of("first page -created", "seniority", "seniority by name", "e-mail status")) {
			assertThat(plans.get(shape)).as(shape + ":\n" + plans.get(shape))
				.doesNotContain("Seq Scan on contact_enrichment")
				.doesNotContain("Hash")
				.containsPattern("Index Cond: \\(\\(tenant_id = .*\\) AND \\(contact_id = contact.id\\)\\)");
		}
		plans.forEach((shape, plan) -> assertThat(plan).as(shape + ":\n" + plan)
			.doesNotContain("Seq Scan on contact")
			.containsPattern("Index Cond: \\(.*tenant_id = "));
		// Matching more than the id list takes, a common term is matched while scanning
		// in page order.
		assertThat(plans.get("common term")).contains("search_text ~~");

		// A search page first looks for its matches among the next rows in its own order,
		// in the tenant's range,
		// streaming in index order (no sort) and stopping at the page's last match. At
		// scale the window is 10,000
		// of a million rows; here it is 2,000 of 20,000, as small a share as these tables
		// allow (with half the
		// tenant in the window, reading all of it and sorting is what the planner rightly
		// prefers).
		for (String sort : List.of("-created", "name", "company", "-updated")) {
			Keyset.Order order = ContactSort.parse(sort);
			String cursor = queries.page(tenant, ContactFilter.ALL, order, null, 50, false, List.of()).nextCursor();
			String plan = explain(
					queries.commonTermQuery(tenant, filter("surname1", null, null), order, cursor, 51, 2_000));
			assertThat(plan).as(sort + ":\n" + plan)
				.doesNotContain("Seq Scan on contact")
				.doesNotContain("Sort")
				.containsPattern("Index Cond: \\(.*tenant_id = ")
				.contains("search_text ~~");
		}

		// A rare term goes through the trigram index (inside contact_ids_matching); its
		// ids are probed.
		for (String sort : List.of("-created", "name")) {
			String plan = plan(filter("surname1234", null, null), ContactSort.parse(sort), null);
			assertThat(plan).as(plan)
				.doesNotContain("Seq Scan on contact")
				.contains("unnest")
				.containsPattern("Index Cond: .*id = \\(unnest")
				.doesNotContain("search_text ~~");
		}
	}

	private static ContactFilter filter(String q, List<String> countries, Boolean hasPhone) {
		return new ContactFilter(q, null, countries, null, null, null, null, null, null, null, null, null, hasPhone);
	}

	private String plan(ContactFilter filter, Keyset.Order order, String cursor) {
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenant))) {
			return transactions.execute(status -> {
				Condition where = ContactConditions.of(dsl, tenant, filter);
				Select<?> page = queries.pageQuery(tenant, where, order, cursor, 51);
				return String.join("\n", dsl.fetch("EXPLAIN {0}", page).getValues(0, String.class));
			});
		}
	}

	private String explain(Select<?> query) {
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenant))) {
			return transactions
				.execute(status -> String.join("\n", dsl.fetch("EXPLAIN {0}", query).getValues(0, String.class)));
		}
	}

}
