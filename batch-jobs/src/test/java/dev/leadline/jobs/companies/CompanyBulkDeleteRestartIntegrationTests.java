package dev.leadline.jobs.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.DeleteTrap;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.RunTrigger;
import dev.leadline.jobs.selection.CompanyFilter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company bulk delete fails in its third chunk, exactly two chunks are gone, and the
 * restart deletes exactly the rest; every contact stays, unlinked, and the run's summary
 * counts each company and contact once across both executions.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class CompanyBulkDeleteRestartIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	JobRuns runs;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	@Test
	void restartResumesFromLastCommittedChunkAndDeletesExactlyTheMatchingCompanies() throws Exception {
		long tenant = platform.aTenant();
		int matching = CompanyBulkDeleteJobConfiguration.CHUNK * 4 + 120;
		platform.as(tenant,
				() -> dsl.execute("INSERT INTO company (tenant_id, name, country, domain) "
						+ "SELECT ?, 'Gone ' || g, 'DE', 'gone' || g || '.example' FROM generate_series(1, ?) g",
						tenant, matching));
		// Kept: in Germany but without a domain, and one in France.
		platform.as(tenant, () -> dsl.execute(
				"INSERT INTO company (tenant_id, name, country) VALUES (?, 'No domain', 'DE'), " + "(?, 'Paris', 'FR')",
				tenant, tenant));
		// Two contacts for every fifth matching company, one for each kept company.
		platform.as(tenant,
				() -> dsl.execute("INSERT INTO contact (tenant_id, email, company_id, company_name) "
						+ "SELECT c.tenant_id, 'p' || n || '.' || c.id || '@bulk.test', c.id, c.name FROM company c, "
						+ "generate_series(1, 2) n WHERE c.tenant_id = ? AND c.domain IS NOT NULL AND c.id % 5 = 0 "
						+ "UNION ALL SELECT tenant_id, 'k.' || id || '@bulk.test', id, name FROM company "
						+ "WHERE tenant_id = ? AND domain IS NULL", tenant, tenant));
		int contacts = platform.as(tenant, () -> dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenant)));
		int linkedToMatching = platform.as(tenant,
				() -> dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenant), CONTACT.EMAIL.like("p%")));
		List<Long> matchingIds = platform.as(tenant,
				() -> dsl.select(COMPANY.ID)
					.from(COMPANY)
					.where(COMPANY.TENANT_ID.eq(tenant), COMPANY.DOMAIN.isNotNull())
					.orderBy(COMPANY.ID)
					.fetch(COMPANY.ID));
		long poisoned = matchingIds.get(CompanyBulkDeleteJobConfiguration.CHUNK * 2);
		long upToId = platform.as(tenant,
				() -> dsl.select(DSL.max(COMPANY.ID))
					.from(COMPANY)
					.where(COMPANY.TENANT_ID.eq(tenant))
					.fetchSingle(0, Long.class));
		CompanyFilter germanWithDomain = new CompanyFilter(null, List.of("DE"), true);
		Map<String, String> parameters = Map.of(CompanyBulkDeleteJob.FILTER, json.writeValueAsString(germanWithDomain),
				CompanyBulkDeleteJob.UP_TO_ID, Long.toString(upToId));

		long run;
		try (DeleteTrap trap = DeleteTrap.failDeletesOf("company", poisoned)) {
			run = platform.as(tenant,
					() -> runs
						.trigger(tenant, CompanyBulkDeleteJob.NAME, parameters, RunTrigger.system("test"), null,
								(long) matching)
						.runId());
			platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		}
		assertThat(matchingLeft(tenant)).as("exactly two committed chunks deleted")
			.isEqualTo(matching - 2 * CompanyBulkDeleteJobConfiguration.CHUNK);

		platform.as(tenant, () -> runs.restart(run));
		platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		assertThat(matchingLeft(tenant)).isZero();
		assertThat(platform.as(tenant,
				() -> dsl.select(COMPANY.NAME)
					.from(COMPANY)
					.where(COMPANY.TENANT_ID.eq(tenant))
					.orderBy(COMPANY.NAME)
					.fetch(COMPANY.NAME)))
			.containsExactly("No domain", "Paris");
		assertThat(platform.as(tenant, () -> dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenant))))
			.as("every contact kept")
			.isEqualTo(contacts);
		assertThat(platform.as(tenant,
				() -> dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenant), CONTACT.COMPANY_ID.isNull())))
			.as("the deleted companies' contacts, now without one")
			.isEqualTo(linkedToMatching);
		assertThat(platform.summary(run)).containsEntry(CompanyBulkDeleteJob.DELETED, (long) matching)
			.containsEntry(CompanyBulkDeleteJob.CONTACTS_UNLINKED, (long) linkedToMatching);
		assertThat(platform.executions(run)).isEqualTo(2);
		assertThat(platform.batchExecutionsOfOneInstance(run)).isEqualTo(1);
	}

	private int matchingLeft(long tenant) {
		return platform.as(tenant,
				() -> dsl.fetchCount(COMPANY, COMPANY.TENANT_ID.eq(tenant), COMPANY.DOMAIN.isNotNull()));
	}

}
