package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.REPORT;
import static dev.leadline.db.jooq.Tables.REPORT_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.testing.TestDatabase;
import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.platform.WorkerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import leadlinetest.PlatformTestApplication;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The ZIP of a 1,000-file report streams in bounded memory: a process whose heap is
 * limited to 128 MB writes a ZIP of 1,000 incompressible files of 384 KB (375 MB, three
 * times its heap), and its heap's peak stays under the limit.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.roles=api")
class ReportZipMemoryIntegrationTests {

	private static final int FILES = 1_000;

	private static final int FILE_SIZE = 384 * 1024;

	private static final long HEAP = 128L * 1024 * 1024;

	@Autowired
	ReportTestSupport support;

	@Autowired
	FileStore store;

	@Test
	void aZipOfAThousandReportsStreamsThroughAHeapAThirdOfItsSize() throws Exception {
		long tenant = support.platform.aTenant();
		long report = aReportOfIncompressibleFiles(tenant);
		Path zip = Files.createDirectories(Path.of("target")).resolve("report-" + report + ".zip");
		Path log = Path.of("target", "zip-report-" + report + ".log");
		try {
			Process process = new ProcessBuilder(command(tenant, report, zip)).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the ZIP process ended in time").isTrue();
			String output = Files.readString(log);
			assertThat(process.exitValue()).as(output).isZero();
			Matcher result = Pattern.compile("zip-report: files=(\\d+) bytes=(\\d+) heap-peak=(\\d+)").matcher(output);
			assertThat(result.find()).as(output).isTrue();
			assertThat(Integer.parseInt(result.group(1))).isEqualTo(FILES);
			assertThat(Long.parseLong(result.group(2))).isGreaterThan(3 * HEAP - 10 * 1024 * 1024);
			assertThat(Long.parseLong(result.group(3))).as("heap peak").isLessThan(HEAP);
			try (ZipFile written = new ZipFile(zip.toFile())) {
				assertThat(written.size()).isEqualTo(FILES);
				assertThat(written.stream().mapToLong((entry) -> entry.getSize()).sum())
					.isEqualTo((long) FILES * FILE_SIZE);
			}
		}
		finally {
			Files.deleteIfExists(zip);
			store.deleteAll(ReportJob.directory(tenant, report));
		}
	}

	/**
	 * A completed report's rows and files, written directly: no rendering needed here.
	 */
	private long aReportOfIncompressibleFiles(long tenant) throws Exception {
		long report = support.platform.harnessRun(tenant, java.util.Map.of("items", "1"));
		support.companies(tenant, FILES);
		List<Long> companies = support.platform.as(tenant,
				() -> support.dsl.select(dev.leadline.db.jooq.Tables.COMPANY.ID)
					.from(dev.leadline.db.jooq.Tables.COMPANY)
					.where(dev.leadline.db.jooq.Tables.COMPANY.TENANT_ID.eq(tenant))
					.orderBy(dev.leadline.db.jooq.Tables.COMPANY.ID)
					.fetch(dev.leadline.db.jooq.Tables.COMPANY.ID));
		SplittableRandom random = new SplittableRandom(17);
		byte[] content = new byte[FILE_SIZE];
		List<FileStore.StoredFile> stored = new ArrayList<>();
		for (long company : companies) {
			random.nextBytes(content);
			stored.add(store.write(ReportJob.key(tenant, report, company), (out) -> out.write(content)));
		}
		support.platform.as(tenant, () -> {
			support.dsl.insertInto(REPORT)
				.set(REPORT.RUN_ID, report)
				.set(REPORT.TENANT_ID, tenant)
				.set(REPORT.SELECTION, JSONB.valueOf("{}"))
				.set(REPORT.UP_TO_ID, 0L)
				.execute();
			var insert = support.dsl.insertInto(REPORT_FILE, REPORT_FILE.TENANT_ID, REPORT_FILE.REPORT_ID,
					REPORT_FILE.COMPANY_ID, REPORT_FILE.STATE, REPORT_FILE.FILE_NAME, REPORT_FILE.STORAGE_KEY,
					REPORT_FILE.SIZE_BYTES, REPORT_FILE.SHA256, REPORT_FILE.CREATED_AT);
			for (int i = 0; i < companies.size(); i++) {
				insert = insert.values(tenant, report, companies.get(i), ReportFileState.COMPLETE,
						ReportFileNames.of("Bulk " + i, companies.get(i)), stored.get(i).key(), stored.get(i).size(),
						stored.get(i).sha256(), OffsetDateTime.now());
			}
			return insert.execute();
		});
		return report;
	}

	private static List<String> command(long tenant, long report, Path zip) {
		List<String> command = WorkerProcess.childJvm((HEAP >> 20) + "m", TestDatabase.coordinates(), 30_000);
		command.addAll(List.of("--spring.main.web-application-type=none", "--leadline.roles=api",
				"--leadline.harness.zip-report=" + tenant + "," + report + "," + zip.toAbsolutePath()));
		return command;
	}

}
