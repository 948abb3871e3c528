package dev.leadline.jobs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ReportFileRecord;
import dev.leadline.db.testing.TestDatabase;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.selection.CompanyFilter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code reportJob} on the platform and real PostgreSQL: one PDF per selected company
 * with its data, recorded with size and SHA-256; a failure mid-report and a restart leave
 * exactly one whole file per company.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.reports.chunk-size=4")
class ReportJobIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(120);

	@Autowired
	ReportTestSupport support;

	@Autowired
	JobRuns runs;

	@Test
	void aReportRendersOneDossierPerSelectedCompanyWithItsData() throws Exception {
		long tenant = support.platform.aTenant();
		long greek = support.company(tenant, "Παπαδόπουλος Ναυτιλιακή", "GR");
		long chinese = support.company(tenant, "北京数据科技有限公司", "CN");
		support.company(tenant, "Not Selected GmbH", "DE");

		long report = support.start(tenant, ReportRequest.ofIds(List.of(greek, chinese)));
		support.platform.awaitStatus(report, JobRunStatus.COMPLETED, WITHIN);

		List<ReportFileRecord> files = support.files(tenant, report);
		assertThat(files).extracting(ReportFileRecord::getCompanyId).containsExactly(greek, chinese);
		assertThat(files).allSatisfy((file) -> {
			assertThat(file.getState()).isEqualTo(ReportFileState.COMPLETE);
			assertThat(file.getSha256()).hasSize(64);
			assertThat(file.getCreatedAt()).isNotNull();
		});
		assertThat(files.get(1).getFileName()).isEqualTo("dossier-company-" + chinese + ".pdf");
		support.assertExactlyTheRecordedFiles(tenant, report);
		String text = text(files.get(0));
		assertThat(text).contains("Παπαδόπουλος Ναυτιλιακή", "Logistics", "480", "Hamburg", "company/registry",
				"30 Nov 2026", "77 fit score of 100");
		assertThat(text).containsSubsequence("Mira Chief", "Nora Field");
		assertThat(text(files.get(1))).contains("北京数据科技有限公司");
	}

	@Test
	void aFilterSelectsTheMatchingCompaniesAsTheyWereWhenAsked() throws Exception {
		long tenant = support.platform.aTenant();
		long de1 = support.company(tenant, "Alpha", "DE");
		support.company(tenant, "Beta", "FR");
		long de2 = support.company(tenant, "Gamma", "DE");

		long report = support.start(tenant, ReportRequest.matching(new CompanyFilter(null, List.of("DE"), null)));
		support.company(tenant, "Delta, too late", "DE");
		support.platform.awaitStatus(report, JobRunStatus.COMPLETED, WITHIN);

		assertThat(support.files(tenant, report)).extracting(ReportFileRecord::getCompanyId).containsExactly(de1, de2);
	}

	@Test
	void aSelectionOfNoCompanyIsRefused() {
		long tenant = support.platform.aTenant();
		support.company(tenant, "Alpha", "DE");

		assertThatThrownBy(() -> support.start(tenant, ReportRequest.matching(new CompanyFilter("zzz", null, null))))
			.isInstanceOf(NothingToReportException.class);
		assertThatThrownBy(() -> support.start(tenant, new ReportRequest(null, null)))
			.isInstanceOf(InvalidReportRequestException.class);
	}

	@Test
	void restartAfterAFailureMidReportLeavesExactlyOneWholeFilePerCompany() throws Exception {
		long tenant = support.platform.aTenant();
		support.companies(tenant, 22);
		List<Long> ids = support.platform.as(tenant,
				() -> support.dsl.select(dev.leadline.db.jooq.Tables.COMPANY.ID)
					.from(dev.leadline.db.jooq.Tables.COMPANY)
					.where(dev.leadline.db.jooq.Tables.COMPANY.TENANT_ID.eq(tenant))
					.orderBy(dev.leadline.db.jooq.Tables.COMPANY.ID)
					.fetch(dev.leadline.db.jooq.Tables.COMPANY.ID));
		// The first company of the third chunk of four.
		long poisoned = ids.get(8);

		long report;
		try (AutoCloseable trap = failRecordingOf(poisoned)) {
			report = support.start(tenant, ReportRequest.matching(CompanyFilter.ALL));
			support.platform.awaitStatus(report, JobRunStatus.FAILED, WITHIN);
		}
		assertThat(support.complete(tenant, report)).as("exactly two committed chunks")
			.extracting(ReportFileRecord::getCompanyId)
			.containsExactlyElementsOf(ids.subList(0, 8));

		support.platform.as(tenant, () -> runs.restart(report));
		support.platform.awaitStatus(report, JobRunStatus.COMPLETED, WITHIN);

		assertThat(support.complete(tenant, report)).extracting(ReportFileRecord::getCompanyId)
			.containsExactlyElementsOf(ids);
		support.assertExactlyTheRecordedFiles(tenant, report);
		assertThat(support.platform.executions(report)).isEqualTo(2);
		assertThat(support.platform.batchExecutionsOfOneInstance(report)).isEqualTo(1);
	}

	@Test
	void temporaryFilesOfAKilledWriterAreDiscardedWhenTheReportResumes() throws Exception {
		long tenant = support.platform.aTenant();
		long company = support.company(tenant, "Alpha", "DE");
		long report;
		try (AutoCloseable trap = failRecordingOf(company)) {
			report = support.start(tenant, ReportRequest.ofIds(List.of(company)));
			support.platform.awaitStatus(report, JobRunStatus.FAILED, WITHIN);
		}
		Files.writeString(support.directory(tenant, report).resolve("." + company + ".pdf.0000.part"), "half");

		support.platform.as(tenant, () -> runs.restart(report));
		support.platform.awaitStatus(report, JobRunStatus.COMPLETED, WITHIN);

		support.assertExactlyTheRecordedFiles(tenant, report);
	}

	private String text(ReportFileRecord file) throws Exception {
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(support.files.path(file.getStorageKey())))) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * A trigger, as the schema owner, that fails recording the company's file as
	 * complete.
	 */
	static AutoCloseable failRecordingOf(long companyId) throws Exception {
		try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("""
					CREATE FUNCTION test_fail_report_file() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					    IF NEW.company_id = %d AND NEW.state = 'complete' THEN
					        RAISE EXCEPTION 'test trap: cannot record the file of company %d';
					    END IF;
					    RETURN NEW;
					END $$;
					CREATE TRIGGER test_fail_report_file BEFORE UPDATE ON report_file FOR EACH ROW
					    EXECUTE FUNCTION test_fail_report_file();
					""".formatted(companyId, companyId));
		}
		return () -> {
			try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
				statement.execute("DROP TRIGGER test_fail_report_file ON report_file; "
						+ "DROP FUNCTION test_fail_report_file();");
			}
		};
	}

}
