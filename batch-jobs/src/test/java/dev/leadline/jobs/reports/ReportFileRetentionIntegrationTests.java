package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.tenancy.TenantContext;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Housekeeping removes a report's files once it is older than the retention (30 days by
 * default); the report's rows stay, marked, and younger reports keep theirs.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class ReportFileRetentionIntegrationTests {

	@Autowired
	ReportTestSupport support;

	@Autowired
	ReportFileRetention retention;

	@Test
	void filesOfReportsPastTheRetentionAreRemovedAndTheRowsStay() throws Exception {
		long tenant = support.platform.aTenant();
		long company = support.company(tenant, "Acme", "DE");
		long old = support.start(tenant, ReportRequest.ofIds(List.of(company)));
		long young = support.start(tenant, ReportRequest.ofIds(List.of(company)));
		support.platform.awaitStatus(old, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		support.platform.awaitStatus(young, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		TenantContext.system(() -> support.dsl.update(REPORT)
			.set(REPORT.CREATED_AT, OffsetDateTime.now().minusDays(31))
			.where(REPORT.RUN_ID.eq(old))
			.execute());

		int removed = TenantContext.system(() -> retention.clean(OffsetDateTime.now()));

		assertThat(removed).isEqualTo(1);
		assertThat(Files.exists(support.directory(tenant, old))).isFalse();
		assertThat(support.files(tenant, old)).hasSize(1);
		assertThat(TenantContext.system(() -> support.dsl.select(REPORT.FILES_REMOVED_AT)
			.from(REPORT)
			.where(REPORT.RUN_ID.eq(old))
			.fetchSingle(REPORT.FILES_REMOVED_AT))).isNotNull();
		support.assertExactlyTheRecordedFiles(tenant, young);
		assertThat(TenantContext.system(() -> retention.clean(OffsetDateTime.now()))).as("a second pass").isZero();
	}

}
