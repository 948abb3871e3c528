package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.JOB_RUN_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Files as spreadsheets, pandas and people really write them (issue #14): each imports
 * what it holds, and whatever cannot be read is named with its line.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class CsvImportRealWorldFilesIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	DSLContext dsl;

	@Test
	void aReplacementCharacterWrittenInAValidUtf8FileIsImportedAsText() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, "Email,Name\na@example.com,Ann \uFFFD Lee\nb@example.com,Bob\n");

		ContactImportRecord row = run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(row.getInserted()).isEqualTo(2);
		assertThat(imports.issues(tenant, id)).isEmpty();
		assertThat(imports.contacts(tenant)).first().asString().startsWith("a@example.com|Ann \uFFFD|Lee|");
	}

	@Test
	void aUtf8FileWithOneInvalidByteIsReadAsUtf8AndRejectsOnlyThatRowWithItsLine() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("Email,Name\nzoe@example.com,Zoë\n".getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("bad@example.com,Ren".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9);
		bytes.writeBytes("e\nj@example.com,Jürgen\n".getBytes(StandardCharsets.UTF_8));
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, new ByteArrayInputStream(bytes.toByteArray()));
		assertThat(imports.importRow(tenant, id).getEncoding()).isEqualTo("UTF-8");

		ContactImportRecord row = run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(row.getInserted()).isEqualTo(2);
		assertThat(row.getRejected()).isEqualTo(1);
		assertThat(imports.issues(tenant, id)).containsExactly("3 ERROR Name: contains bytes that are not valid UTF-8 "
				+ "(shown as \uFFFD); correct them in the file, or choose the encoding it was saved in");
		assertThat(imports.contacts(tenant)).extracting(contact -> contact.split("\\|")[1])
			.containsExactly("Jürgen", "Zoë");
	}

	@Test
	void anExcelSepLineSetsTheDelimiterAndCountsAsTheFilesFirstLine() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant,
				"sep=;\r\nEmail;Name;City\r\na@example.com;Ann;Köln\r\nnot-an-email;Bob;Rome\r\n");
		assertThat(imports.importRow(tenant, id).getHeaders()).containsExactly("Email", "Name", "City");
		assertThat(imports.importRow(tenant, id).getDelimiter()).isEqualTo(";");
		assertThat(imports.previewLines(tenant, id)).containsExactly(3L, 4L);

		ContactImportRecord row = run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(row.getInserted()).isEqualTo(1);
		assertThat(imports.issues(tenant, id)).containsExactly("4 ERROR Email: not a valid e-mail address");
	}

	@Test
	void aLinkedInConnectionsExportImportsBelowItsNoteWithTheFilesLineNumbers() {
		// Lines: 1 "Notes:", 2 the paragraph, 3 blank, 4 the header, 5 to 7 the people.
		long tenant = platform.aTenant();
		long id = imports.upload(tenant,
				"""
						Notes:
						"When exporting your connection data, you may notice that some of the email addresses are missing. \
						You will only see email addresses for connections who have allowed their connections to see or \
						download their email address using this setting https://www.linkedin.com/psettings/privacy/email."

						First Name,Last Name,URL,Email Address,Company,Position,Connected On
						Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@nordlicht.example,Nordlicht AG,Head of Sales,04 Dec 2026
						Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Harbour Ltd,CTO,03 Dec 2026
						Cleo,Park,https://www.linkedin.com/in/cleo-park,not-an-address,Harbour Ltd,Buyer,01 Dec 2026
						""");
		assertThat(imports.importRow(tenant, id).getHeaders()).containsExactly("First Name", "Last Name", "URL",
				"Email Address", "Company", "Position", "Connected On");
		assertThat(imports.previewLines(tenant, id)).containsExactly(5L, 6L, 7L);

		ContactImportRecord row = run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(row.getInserted()).isEqualTo(1);
		assertThat(row.getRejected()).isEqualTo(2);
		assertThat(imports.issues(tenant, id)).containsExactly(
				"6 ERROR Email Address: no e-mail address (the import requires one)",
				"7 ERROR Email Address: not a valid e-mail address");
		assertThat(imports.contacts(tenant)).singleElement()
			.asString()
			.startsWith("ana@nordlicht.example|Ana|Lima|Head of Sales|");
	}

	@Test
	void aPandasIndexColumnIsNamedAndExcelsTrailingEmptyColumnsAreDropped() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, ",Email,Name,,\n0,a@example.com,Ann,,\n1,b@example.com,Bob,,\n");
		assertThat(Arrays.asList(imports.importRow(tenant, id).getHeaders())).containsExactly("Column 1", "Email",
				"Name");
		imports.confirm(tenant, id, new MappingChoice(
				List.of(new ColumnMapping(0, TargetField.IGNORE, null), new ColumnMapping(1, TargetField.EMAIL, null),
						new ColumnMapping(2, TargetField.FIRST_NAME, null)),
				ImportExistingPolicy.FILL_BLANKS, null, false));

		ContactImportRecord row = run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(row.getInserted()).isEqualTo(2);
		assertThat(imports.issues(tenant, id)).isEmpty();
		assertThat(imports.contacts(tenant)).containsExactly("a@example.com|Ann|||||||example.com|example.com|{}",
				"b@example.com|Bob|||||||example.com|example.com|{}");
	}

	@Test
	void anUnclosedQuoteFollowedByAQuotedFieldFailsTheRunNamingWhereReadingStoppedAndKeepsTheRowsBefore() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, "Email,Name,Notes\na@example.com,Ann,ok\nb@example.com,\"Bob,x\n"
				+ "c@example.com,Cy,ok\nd@example.com,Dan,\"quoted\"\ne@example.com,Eve,ok\n");

		ContactImportRecord row = run(tenant, id, JobRunStatus.FAILED);

		assertThat(row.getInserted()).as("the rows before it").isEqualTo(1);
		assertThat(row.getRejected()).as("the row where reading stopped").isEqualTo(1);
		String stopped = "Line 3: a quoted field opened on this line is not closed where it should be (text follows "
				+ "a closing quote on line 5); reading stopped there, so line 3 and the lines after it were not "
				+ "imported. Rows before line 3 were imported.";
		assertThat(platform.failure(row.getJobRunId())).isEqualTo(stopped);
		assertThat(imports.issues(tenant, id)).hasSize(1).first().asString().startsWith("3 ERROR -: ");
		assertThat(events(row.getJobRunId())).contains("warning import.reading_stopped: " + stopped);
	}

	@Test
	void rejectedRowsCarryThePhysicalLineOfTheirRecordAfterBlankLinesAndMultiLineFields() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant,
				"Email,Notes\n\na@example.com,\"two\nlines\"\n\n\nnot-an-email,x\n\nb@example.com,y\n,z\n");

		run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(imports.issues(tenant, id)).containsExactly("7 ERROR Email: not a valid e-mail address",
				"10 ERROR Email: no e-mail address (the import requires one)");
	}

	@Test
	void valuesProtectedByLeadlinesSpreadsheetSafeExportImportWithoutTheirApostrophe() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant,
				"Email,First Name,Phone,Notes\na@example.com,'Lee,'+1 650 253 0000,'=SUM(A1)\nb@example.com,Bo,'-5,x\n");

		run(tenant, id, JobRunStatus.COMPLETED);

		assertThat(imports.contacts(tenant)).containsExactly(
				"a@example.com|'Lee|||+16502530000||||example.com|example.com|{\"Notes\": \"=SUM(A1)\"}",
				"b@example.com|Bo|||-5||||example.com|example.com|{\"Notes\": \"x\"}");
	}

	private ContactImportRecord run(long tenant, long id, JobRunStatus expected) {
		platform.awaitStatus(imports.start(tenant, id), expected, WITHIN);
		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(row.getInserted() + row.getUpdated() + row.getDuplicates() + row.getRejected()).as("counts add up")
			.isEqualTo(row.getRowsRead());
		return row;
	}

	private List<String> events(long run) {
		return TenantContext.system(() -> dsl.select(JOB_RUN_EVENT.LEVEL, JOB_RUN_EVENT.KIND, JOB_RUN_EVENT.MESSAGE)
			.from(JOB_RUN_EVENT)
			.where(JOB_RUN_EVENT.JOB_RUN_ID.eq(run))
			.orderBy(JOB_RUN_EVENT.ID)
			.fetch(r -> r.value1() + " " + r.value2() + ": " + r.value3()));
	}

}
