package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.REPORT_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.tables.records.ReportFileRecord;
import dev.leadline.jobs.files.LocalFileStore;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.RunTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Companies with contacts and enrichment, reports and their files, for report tests. */
@Component
public class ReportTestSupport {

	final PlatformTestSupport platform;

	final DSLContext dsl;

	final Reports reports;

	final LocalFileStore files;

	ReportTestSupport(PlatformTestSupport platform, DSLContext dsl, Reports reports,
			@Value("${leadline.data-dir}") Path dataDir) {
		this.platform = platform;
		this.dsl = dsl;
		this.reports = reports;
		// Its own view of the data directory: a worker process may wrap the store bean.
		this.files = new LocalFileStore(dataDir);
	}

	/**
	 * A company with two contacts (a CEO and one not classified) and one enriched field.
	 */
	public long company(long tenant, String name, String country) {
		return this.platform.as(tenant, () -> {
			long id = this.dsl.insertInto(COMPANY)
				.set(COMPANY.TENANT_ID, tenant)
				.set(COMPANY.NAME, name)
				.set(COMPANY.COUNTRY, country)
				.set(COMPANY.INDUSTRY, "Logistics")
				.set(COMPANY.EMPLOYEE_COUNT, 480)
				.set(COMPANY.ENRICHMENT, JSONB.valueOf(
						"""
								{"headquarters": {"value": "Hamburg", "source": "company/registry", "fetchedAt": "2026-11-30T12:00:00Z"},
								 "fitScore": {"value": 77, "source": "fit/model", "fetchedAt": "2026-12-01T08:00:00Z"}}"""))
				.returning(COMPANY.ID)
				.fetchSingle(COMPANY.ID);
			this.dsl
				.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME, CONTACT.FIRST_NAME,
						CONTACT.LAST_NAME, CONTACT.TITLE, CONTACT.EMAIL)
				.values(tenant, id, name, "Nora", "Field", "Analyst", "nora." + id + "@example.com")
				.values(tenant, id, name, "Mira", "Chief", "CEO", "mira." + id + "@example.com")
				.execute();
			this.dsl.execute(
					"INSERT INTO contact_enrichment (tenant_id, contact_id, seniority) SELECT tenant_id, id, "
							+ "'C_LEVEL' FROM contact WHERE tenant_id = {0} AND company_id = {1} AND title = 'CEO'",
					DSL.val(tenant), DSL.val(id));
			return id;
		});
	}

	/** {@code count} companies named "Bulk n" in one statement, no contacts. */
	public void companies(long tenant, int count) {
		this.platform.as(tenant, () -> this.dsl.execute("INSERT INTO company (tenant_id, name, country) " + "SELECT "
				+ tenant + ", 'Bulk ' || g, 'DE' FROM generate_series(1, " + count + ") g"));
	}

	public long start(long tenant, ReportRequest request) {
		return this.platform.as(tenant, () -> this.reports.start(tenant, request, RunTrigger.system("test"), null))
			.runId();
	}

	public List<ReportFileRecord> files(long tenant, long report) {
		return this.platform.as(tenant,
				() -> this.dsl.selectFrom(REPORT_FILE)
					.where(REPORT_FILE.TENANT_ID.eq(tenant), REPORT_FILE.REPORT_ID.eq(report))
					.orderBy(REPORT_FILE.COMPANY_ID)
					.fetch());
	}

	public List<ReportFileRecord> complete(long tenant, long report) {
		return files(tenant, report).stream().filter((f) -> f.getState().equals(ReportFileState.COMPLETE)).toList();
	}

	public Path directory(long tenant, long report) {
		return this.files.path(ReportJob.directory(tenant, report));
	}

	/** Every file in the report's directory, temporary ones included. */
	public Set<String> filesOnDisk(long tenant, long report) throws IOException {
		Path directory = directory(tenant, report);
		if (!Files.isDirectory(directory)) {
			return Set.of();
		}
		try (Stream<Path> list = Files.list(directory)) {
			return list.map((path) -> path.getFileName().toString())
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * The report's directory holds exactly one whole file per complete row, each with the
	 * recorded size and SHA-256, and nothing else.
	 */
	public void assertExactlyTheRecordedFiles(long tenant, long report) throws Exception {
		List<ReportFileRecord> complete = complete(tenant, report);
		Set<String> expected = new TreeSet<>();
		complete.forEach((file) -> expected.add(file.getCompanyId() + ".pdf"));
		assertThat(filesOnDisk(tenant, report)).as("files on disk").isEqualTo(expected);
		List<String> wrong = new ArrayList<>();
		for (ReportFileRecord file : complete) {
			Path path = this.files.path(file.getStorageKey());
			if (Files.size(path) != file.getSizeBytes() || !sha256(path).equals(file.getSha256())) {
				wrong.add(file.getStorageKey());
			}
		}
		assertThat(wrong).as("files whose size or SHA-256 differ from the record").isEmpty();
	}

	static String sha256(Path path) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
