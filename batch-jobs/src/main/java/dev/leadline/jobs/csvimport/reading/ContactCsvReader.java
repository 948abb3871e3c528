package dev.leadline.jobs.csvimport.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams an import's file record by record in the settings in force, skipping the BOM
 * and the header. The count of records read is its restart key: a restarted import
 * re-parses and skips what earlier chunks committed.
 */
public class ContactCsvReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	/** Far above any real row, far below what would strain the heap. */
	public static final long MAX_RECORD_CHARS = 16L * 1024 * 1024;

	private final Path file;

	private final ImportSettings settings;

	private RecordSizeGuard guard;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private long linesBefore;

	private boolean exhausted;

	public ContactCsvReader(Path file, ImportSettings settings) {
		this.file = file;
		this.settings = settings;
		setName("contactCsvReader");
	}

	@Override
	protected void doOpen() throws IOException {
		Charset charset = Charset.forName(settings.encoding());
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		skipBom(in, charset);
		guard = new RecordSizeGuard(new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)),
				MAX_RECORD_CHARS);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(settings.delimiter())
			.setQuote(settings.quote())
			.setIgnoreEmptyLines(true)
			.get();
		parser = CSVParser.builder().setReader(guard).setFormat(format).get();
		records = parser.iterator();
		exhausted = false;
		if (next() != null) {
			// The header row.
			linesBefore = parser.getCurrentLineNumber();
		}
	}

	@Override
	protected SourceRow doRead() {
		long line = linesBefore + 1;
		try {
			CSVRecord record = next();
			if (record == null) {
				return null;
			}
			linesBefore = parser.getCurrentLineNumber();
			return new SourceRow(line, record.toList(), null);
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof RecordSizeGuard.RecordTooLargeException tooLarge) {
				throw new ImportFileUnreadableException("Line " + line + ": " + tooLarge.getMessage()
						+ "; a quote opened there is probably never closed. Rows before it were imported.");
			}
			// commons-csv reports a quote left open at the end of the file: that record
			// is rejected, the file ends.
			exhausted = true;
			return new SourceRow(line, java.util.List.of(),
					"a quoted field opened on line " + line + " is never closed before the end of the file");
		}
	}

	private CSVRecord next() {
		if (exhausted || !records.hasNext()) {
			exhausted = true;
			return null;
		}
		CSVRecord record = records.next();
		guard.recordEnded();
		return record;
	}

	@Override
	protected void doClose() throws IOException {
		if (parser != null) {
			parser.close();
			parser = null;
		}
	}

	private static void skipBom(InputStream in, Charset charset) throws IOException {
		int length = charset.name().startsWith("UTF-16") ? 2 : charset.name().equals("UTF-8") ? 3 : 0;
		if (length == 0) {
			return;
		}
		in.mark(length);
		byte[] start = in.readNBytes(length);
		boolean bom = length == 3
				? start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
						&& (start[2] & 0xFF) == 0xBF
				: start.length == 2 && (((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE)
						|| ((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF));
		if (!bom) {
			in.reset();
		}
	}

}
