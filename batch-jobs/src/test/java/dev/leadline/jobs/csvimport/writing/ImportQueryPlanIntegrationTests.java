package dev.leadline.jobs.csvimport.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import's per-chunk lookups find rows by index condition, not by filtering the
 * tenant's whole index range. Under row level security a condition with a non-leakproof
 * function (lower()) stays a filter; that made each chunk read all of the tenant's
 * contacts, and an import slowed down chunk after chunk.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class ImportQueryPlanIntegrationTests {

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theContactUpsertFindsExistingContactsThroughTheEmailIndex() {
		String[] column = { "a@x.io", "b@x.io" };
		Object[] binds = { column, column, column, column, column, column, column, column, new Long[] { null, null },
				new String[] { "{}", "{}" }, column, 1L, 7L, 7L, 7L };
		for (boolean overwrite : new boolean[] { false, true }) {
			assertThat(plan(ContactUpsertSql.contactUpsert(overwrite, ContactUpsertSql.ARRAY_INPUT), binds))
				.doesNotContain("Seq Scan on contact")
				.contains("Conflict Arbiter Indexes: contact_tenant_email_key_unique");
		}
	}

	@Test
	void aMergeBlockReadsTheStageAndFindsExistingContactsThroughTheirKeys() {
		// The block's statement as StagedContactMerge sends it, in a transaction set up
		// as
		// it sets its own up (index lookups only): the plan no longer depends on when
		// autovacuum last analysed the stage.
		String input = ContactUpsertSql.stagedInput(new StagedContactMerge.KeyRange("a", "m").where());
		for (boolean overwrite : new boolean[] { false, true }) {
			assertThat(plan(ContactUpsertSql.contactUpsert(overwrite, input), 7L, "a", "m", 1L, 7L, 7L, 7L))
				.doesNotContain("Seq Scan")
				.contains("Index Scan using contact_import_stage_pkey on contact_import_stage")
				.containsPattern(
						"Index Cond: \\(\\(import_id = .*\\) AND \\(email_key > .*\\) AND \\(email_key <= .*\\)\\)")
				.contains("Conflict Arbiter Indexes: contact_tenant_email_key_unique");
		}
	}

	@Test
	void companiesAreFoundThroughTheDomainIndex() {
		assertThat(plan(CompanyLinker.DOMAIN_IDS_SQL, 1L, new String[] { "acme.com", "beta.io" }))
			.doesNotContain("Seq Scan on company")
			.containsPattern("Index Cond: \\(\\(tenant_id = .*\\) AND \\(domain = ANY");
	}

	/**
	 * Plans for a tenant with thousands of companies and contacts, analysed, so costs are
	 * not a coin toss.
	 */
	private String plan(String sql, Object... binds) {
		long tenant = platform.aTenant();
		platform.as(tenant, () -> transactions.execute(status -> {
			dsl.execute(
					"INSERT INTO company (tenant_id, name, domain) SELECT ?, 'Company ' || i, 'company' || i || '.example' "
							+ "FROM generate_series(1, 3000) i",
					tenant);
			return dsl.execute("INSERT INTO contact (tenant_id, email) SELECT ?, 'person' || i || '@x.example' "
					+ "FROM generate_series(1, 5000) i", tenant);
		}));
		try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("ANALYZE company; ANALYZE contact");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		Object[] tenantBinds = java.util.Arrays.stream(binds)
			.map(b -> Long.valueOf(1L).equals(b) ? (Object) tenant : b)
			.toArray();
		return platform.as(tenant, () -> transactions.execute(status -> {
			dsl.execute(ArrayStatements.INDEX_LOOKUPS_ONLY);
			// Bound the way the writer binds them: real arrays.
			return ArrayStatements.query(dsl, "EXPLAIN " + sql, rows -> {
				List<String> lines = new java.util.ArrayList<>();
				while (rows.next()) {
					lines.add(rows.getString(1));
				}
				return String.join("\n", lines);
			}, tenantBinds);
		}));
	}

}
