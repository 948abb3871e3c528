package dev.leadline.jobs.csvimport.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ContactCsvReaderTests {

	@TempDir
	Path directory;

	@Test
	void readsRecordsWithTheLineTheyStartOnAfterSkippingBomAndHeader() throws Exception {
		Path file = write("\uFEFFEmail,Notes\r\na@x.io,\"two\nlines\"\r\n\r\nb@x.io,\"q \"\"x\"\"\"\nc@x.io,z");

		assertThat(readAll(file, new ExecutionContext())).containsExactly(
				new SourceRow(2, List.of("a@x.io", "two\nlines"), null),
				new SourceRow(5, List.of("b@x.io", "q \"x\""), null), new SourceRow(6, List.of("c@x.io", "z"), null));
	}

	@Test
	void aReplacementCharacterInTheFileIsTextAndOnlyUndecodableBytesAreMarked() throws Exception {
		byte[] start = "Email,Notes\na@x.io,keep \uFFFD\nb@x.io,bad ".getBytes(StandardCharsets.UTF_8);
		byte[] end = " and \uFFFD\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[start.length + 1 + end.length];
		System.arraycopy(start, 0, content, 0, start.length);
		content[start.length] = (byte) 0xFF;
		System.arraycopy(end, 0, content, start.length + 1, end.length);
		Path file = Files.write(directory.resolve("f.csv"), content);

		assertThat(readAll(file, new ExecutionContext())).containsExactly(
				new SourceRow(2, List.of("a@x.io", "keep \uFFFD"), null),
				new SourceRow(3, List.of("b@x.io", "bad \uFFFD and \uFFFD"), null, List.of(1)));
	}

	@Test
	void skipsAnExcelSepLineAndCountsIt() throws Exception {
		Path file = write("sep=;\r\nEmail;Notes\r\na@x.io;one, two\r\n");

		ContactCsvReader reader = new ContactCsvReader(file, new ImportSettings("UTF-8", ';', '"'));
		reader.open(new ExecutionContext());

		assertThat(reader.read()).isEqualTo(new SourceRow(3, List.of("a@x.io", "one, two"), null));
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void readsTheFirstRowAsDataWhenTheFileHasNoHeader() throws Exception {
		Path file = write("sep=,\r\na@x.io,Ann\r\n\r\nb@x.io,Bob\r\n");

		ContactCsvReader reader = new ContactCsvReader(file, new ImportSettings("UTF-8", ',', '"', false));
		reader.open(new ExecutionContext());

		assertThat(reader.read()).isEqualTo(new SourceRow(2, List.of("a@x.io", "Ann"), null));
		assertThat(reader.read()).isEqualTo(new SourceRow(4, List.of("b@x.io", "Bob"), null));
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void readsEastAsianEncodingsByTheirFamiliarNames() throws Exception {
		Path file = Files.write(directory.resolve("f.csv"),
				"Email,Name\na@x.io,髙橋 ①\n".getBytes(Charset.forName("windows-31j")));

		ContactCsvReader reader = new ContactCsvReader(file, new ImportSettings("Shift_JIS", ',', '"'));
		reader.open(new ExecutionContext());

		assertThat(reader.read()).as("Windows' extensions of Shift_JIS included")
			.isEqualTo(new SourceRow(2, List.of("a@x.io", "髙橋 ①"), null));
		reader.close();
	}

	@Test
	void restartsAfterTheRecordsAlreadyCommitted() throws Exception {
		Path file = write("Email\na@x.io\nb@x.io\nc@x.io\n");
		ExecutionContext context = new ExecutionContext();
		ContactCsvReader reader = reader(file);
		reader.open(context);
		reader.read();
		reader.update(context);
		reader.close();

		assertThat(readAll(file, context)).extracting(SourceRow::values)
			.containsExactly(List.of("b@x.io"), List.of("c@x.io"));
	}

	private List<SourceRow> readAll(Path file, ExecutionContext context) throws Exception {
		ContactCsvReader reader = reader(file);
		reader.open(context);
		List<SourceRow> rows = new ArrayList<>();
		for (SourceRow row; (row = reader.read()) != null;) {
			rows.add(row);
		}
		reader.close();
		return rows;
	}

	private static ContactCsvReader reader(Path file) {
		return new ContactCsvReader(file, new ImportSettings("UTF-8", ',', '"'));
	}

	private Path write(String content) throws Exception {
		return Files.writeString(directory.resolve("f.csv"), content, StandardCharsets.UTF_8);
	}

}
