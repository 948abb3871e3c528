package dev.leadline.jobs.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.jobs.csvimport.reading.ContactCsvReader;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import leadlinetest.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Files that are broken or hostile: each gives row-numbered errors or a clear refusal,
 * never a crash.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class CsvImportHostileInputIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Test
	void anUnterminatedQuoteFailsTheRunNamingItsLineAndKeepsTheRowsBefore() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, "Email,Name\na@example.com,Ann\nb@example.com,\"Bob\nc@example.com,Cy\n");
		long run = imports.start(tenant, id);

		platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(row.getInserted()).isEqualTo(1);
		assertThat(row.getRejected()).isEqualTo(1);
		assertThat(imports.issues(tenant, id)).containsExactly(
				"3 ERROR -: a quoted field opened on this line is never closed before the end of the file (line 4)");
		assertThat(platform.failure(run)).isEqualTo("Line 3: a quoted field opened on this line is never closed "
				+ "before the end of the file (line 4); reading stopped there, so line 3 and the lines after it were "
				+ "not imported. Rows before line 3 were imported.");
	}

	@Test
	void aTenMegabyteFieldRejectsItsRowOnly() {
		String huge = "x".repeat(10 * 1024 * 1024);
		long tenant = platform.aTenant();
		long id = imports.upload(tenant,
				"Email,Name,Notes\na@example.com,Ann,short\nb@example.com,Bob,\"" + huge + "\"\nc@example.com,Cy,ok\n");
		imports.confirm(tenant, id, new MappingChoice(java.util.List.of(new ColumnMapping(0, TargetField.EMAIL, null),
				new ColumnMapping(1, TargetField.FIRST_NAME, null), new ColumnMapping(2, TargetField.CUSTOM, null)),
				dev.leadline.db.jooq.enums.ImportExistingPolicy.FILL_BLANKS, null, false));
		Result result = run(tenant, id);

		assertThat(result.row().getInserted()).isEqualTo(2);
		assertThat(result.issues())
			.containsExactly("3 ERROR Notes: is 10485760 characters long; at most 2000 are allowed");
	}

	@Test
	void aRowLongerThanTheRecordLimitEndsTheImportWithItsLineAndKeepsEveryRowBefore() {
		StringBuilder csv = new StringBuilder("Email,Name\n");
		for (int i = 0; i < 250; i++) {
			csv.append("p").append(i).append("@example.com,P\n");
		}
		csv.append("late@example.com,\"never closed\n");
		String line = "q@example.com,filler filler filler filler filler filler filler filler\n";
		csv.append(line.repeat((int) (ContactCsvReader.MAX_RECORD_CHARS / line.length()) + 2_000));
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, csv.toString());
		long run = imports.start(tenant, id);

		platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		assertThat(platform.failure(run)).startsWith("Line 252: a single row is longer than 16777216 characters");
		assertThat(imports.importRow(tenant, id).getInserted()).as("every row before it").isEqualTo(250);
		assertThat(imports.importRow(tenant, id).getRejected()).isEqualTo(1);
	}

	@Test
	void fiveThousandColumnsAreRefusedAtUpload() {
		String header = IntStream.range(0, 5_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
		long tenant = platform.aTenant();

		assertThatThrownBy(
				() -> imports.upload(tenant, "Email," + header + "\na@example.com" + ",x".repeat(5_000) + "\n"))
			.isInstanceOf(UnreadableCsvException.class)
			.hasMessage("The file has 5001 columns; at most 500 can be imported.");
	}

	@Test
	void shortRowsAreFilledWhileLongRowsNulBytesAndBadValuesAreRejectedWithTheirLines() {
		Result result = importCsv("Email,Name,City\n" + "a@example.com,Ann,Berlin\n" + "b@example.com,Bob\n"
				+ "c@example.com,Cy,Paris,extra\n" + "d@example.com,D\0n,Rome\n" + ",No Mail,Oslo\n"
				+ "e@example.com,Eve,Lyon\n" + "x".repeat(900) + "@example.com,Long,Nice\n");

		assertThat(result.row().getInserted()).as("the short row is filled with a blank city").isEqualTo(3);
		assertThat(result.row().getRejected()).isEqualTo(4);
		assertThat(result.issues()).containsExactly(
				"3 WARNING -: the row has 2 fields; the header has 3: 'City' left blank",
				"4 ERROR -: the row has 4 fields; the header has 3", "5 ERROR Name: contains a NUL character",
				"6 ERROR Email: no e-mail address (the import requires one)",
				"8 ERROR Email: not a valid e-mail address");
	}

	@Test
	void mixedLineEndingsEmptyLinesAndEmbeddedNewlinesAreRead() {
		Result result = importCsv(
				"Email,Name,Notes\r\na@example.com,Ann,\"two\r\nlines\"\n\nb@example.com,Bob,\"say \"\"hi\"\", ok\"\r\n"
						+ "c@example.com,Cy,x");

		assertThat(result.row().getInserted()).isEqualTo(3);
		assertThat(result.row().getRejected()).isZero();
		assertThat(imports.contacts(result.tenant())).containsExactly(
				"a@example.com|Ann|||||||example.com|example.com|{\"Notes\": \"two\\r\\nlines\"}",
				"b@example.com|Bob|||||||example.com|example.com|{\"Notes\": \"say \\\"hi\\\", ok\"}",
				"c@example.com|Cy|||||||example.com|example.com|{\"Notes\": \"x\"}");
	}

	@Test
	void duplicateHeaderNamesBecomeDistinctColumns() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, "Email,Name,Email,Name\na@example.com,Ann,a2@example.com,Annie\n");

		assertThat(Arrays.asList(imports.importRow(tenant, id).getHeaders())).containsExactly("Email", "Name",
				"Email (2)", "Name (2)");
	}

	@Test
	void utf16AndWindows1252FilesImportWithTheirHeadersMatched() {
		String csv = "E-mail;Prénom;Nom;Société\r\nzoe@exemple.fr;Zoë;Müller;Crème Brûlée SA\r\n";
		for (Charset charset : new Charset[] { StandardCharsets.UTF_16LE, Charset.forName("windows-1252") }) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			if (charset == StandardCharsets.UTF_16LE) {
				bytes.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
			}
			bytes.writeBytes(csv.getBytes(charset));
			long tenant = platform.aTenant();
			long id = imports.upload(tenant, new ByteArrayInputStream(bytes.toByteArray()));
			assertThat(imports.importRow(tenant, id).getHeaders()).as(charset.name()).startsWith("E-mail");
			platform.awaitStatus(imports.start(tenant, id), JobRunStatus.COMPLETED, WITHIN);
			assertThat(imports.contacts(tenant)).as(charset.name())
				.containsExactly("zoe@exemple.fr|Zoë|Müller||||||exemple.fr|Crème Brûlée SA|{}");
		}
	}

	private record Result(long tenant, ContactImportRecord row, java.util.List<String> issues) {
	}

	private Result importCsv(String csv) {
		long tenant = platform.aTenant();
		return run(tenant, imports.upload(tenant, csv));
	}

	private Result run(long tenant, long id) {
		platform.awaitStatus(imports.start(tenant, id), JobRunStatus.COMPLETED, WITHIN);
		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(row.getInserted() + row.getUpdated() + row.getDuplicates() + row.getRejected()).as("counts add up")
			.isEqualTo(row.getRowsRead());
		return new Result(tenant, row, imports.issues(tenant, id));
	}

}
