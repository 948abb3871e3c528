package dev.leadline.jobs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ReportFileRecord;
import dev.leadline.jobs.platform.WorkerProcess;
import dev.leadline.jobs.selection.CompanyFilter;
import java.time.Duration;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * kill -9 of the worker process in the middle of a report: another worker recovers it,
 * and the report ends with exactly one whole file per company, each as recorded, and no
 * temporary file left.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.roles=api")
class ReportWorkerKillIntegrationTests {

	private static final int COMPANIES = 240;

	private static final int CHUNK = 5;

	@Autowired
	ReportTestSupport support;

	@Test
	void aKilledWorkersReportIsRecoveredWithExactlyOneWholeFilePerCompany() throws Exception {
		long tenant = support.platform.aTenant();
		support.companies(tenant, COMPANIES);
		long report;
		try (WorkerProcess first = WorkerProcess.start("report-killed", "--leadline.reports.chunk-size=" + CHUNK,
				"--leadline.harness.write-pause-ms=40")) {
			report = support.start(tenant, ReportRequest.matching(CompanyFilter.ALL));
			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> support.complete(tenant, report).size() >= 40);
			first.kill();
		}
		int done = support.complete(tenant, report).size();
		assertThat(done).as("only whole chunks were recorded").isLessThan(COMPANIES).matches((n) -> n % CHUNK == 0);

		try (WorkerProcess second = WorkerProcess.start("report-survivor", "--leadline.reports.chunk-size=" + CHUNK)) {
			support.platform.awaitStatus(report, JobRunStatus.COMPLETED, Duration.ofSeconds(180));
		}
		List<ReportFileRecord> complete = support.complete(tenant, report);
		assertThat(complete).hasSize(COMPANIES);
		assertThat(complete).extracting(ReportFileRecord::getCompanyId).doesNotHaveDuplicates();
		support.assertExactlyTheRecordedFiles(tenant, report);
		assertThat(support.platform.executions(report)).isEqualTo(2);
	}

}
