package dev.leadline.jobs.csvimport.reading;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.leadline.jobs.csvimport.detection.Encodings;
import dev.leadline.jobs.csvimport.detection.ExcelSeparatorLine;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams an import's file record by record in the settings in force, skipping the BOM,
 * an Excel {@code sep=} line, blank lines and the header (when the file has one). Each
 * record carries the physical line it starts on and the columns where bytes were not
 * valid in the encoding. When the file cannot be parsed further (a quote left open), the
 * record where it went wrong is the last one read and {@link #stoppedReading()} says why.
 * The count of records read is its restart key: a restarted import re-parses and skips
 * what earlier chunks committed.
 */
public class ContactCsvReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	/** Far above any real row, far below what would strain the heap. */
	public static final long MAX_RECORD_CHARS = 16L * 1024 * 1024;

	private final Path file;

	private final ImportSettings settings;

	private MarkingDecoder decoder;

	private RecordSizeGuard guard;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	/** Lines before the parser's first: an Excel {@code sep=} line. */
	private long linesSkipped;

	private long linesBefore;

	private String stoppedReading;

	private boolean exhausted;

	public ContactCsvReader(Path file, ImportSettings settings) {
		this.file = file;
		this.settings = settings;
		setName("contactCsvReader");
	}

	/** Why reading stopped before the end of the file, or null when it did not. */
	public String stoppedReading() {
		return stoppedReading;
	}

	@Override
	protected void doOpen() throws IOException {
		Charset charset = Encodings.charset(settings.encoding());
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		skipBom(in, charset);
		decoder = new MarkingDecoder(in, charset);
		guard = new RecordSizeGuard(decoder, MAX_RECORD_CHARS);
		BufferedReader text = new BufferedReader(guard, 1 << 16);
		linesSkipped = ExcelSeparatorLine.skip(text) ? 1 : 0;
		// Blank lines are skipped here rather than by the parser, so that each record's
		// line is known.
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(settings.delimiter())
			.setQuote(settings.quote())
			.setIgnoreEmptyLines(false)
			.get();
		parser = CSVParser.builder().setReader(text).setFormat(format).get();
		records = parser.iterator();
		exhausted = false;
		stoppedReading = null;
		linesBefore = linesSkipped;
		if (settings.hasHeader()) {
			next();
		}
	}

	@Override
	protected SourceRow doRead() {
		long line = linesBefore + 1;
		try {
			Record record = next();
			return record == null ? null : new SourceRow(record.line(), record.values(), null, record.undecodable());
		}
		catch (UncheckedIOException ex) {
			exhausted = true;
			String problem = problem(ex, line);
			stoppedReading = "Line " + line + ": " + problem + "; reading stopped there, so line " + line
					+ " and the lines after it were not imported. Rows before line " + line + " were imported.";
			return new SourceRow(line, List.of(), problem);
		}
	}

	private String problem(UncheckedIOException ex, long line) {
		if (ex.getCause() instanceof RecordSizeGuard.RecordTooLargeException tooLarge) {
			return tooLarge.getMessage() + "; a quote opened there is probably never closed";
		}
		long where = parser.getCurrentLineNumber() + linesSkipped;
		String message = String.valueOf(ex.getCause() == null ? ex.getMessage() : ex.getCause().getMessage());
		if (message.contains("EOF")) {
			return "a quoted field opened on this line is never closed before the end of the file (line " + where + ")";
		}
		return "a quoted field opened on this line is not closed where it should be (text follows a closing "
				+ "quote on line " + where + ")";
	}

	private record Record(long line, List<String> values, List<Integer> undecodable) {
	}

	private Record next() {
		while (!exhausted && records.hasNext()) {
			CSVRecord record = records.next();
			guard.recordEnded();
			long line = linesBefore + 1;
			linesBefore = parser.getCurrentLineNumber() + linesSkipped;
			List<String> values = record.toList();
			List<Integer> undecodable = undecodableColumns(values);
			if (!(values.size() == 1 && values.get(0).isEmpty())) {
				return new Record(line, values, undecodable);
			}
		}
		exhausted = true;
		return null;
	}

	private List<Integer> undecodableColumns(List<String> values) {
		List<Integer> columns = new ArrayList<>(0);
		for (int column = 0; column < values.size(); column++) {
			String value = values.get(column);
			boolean undecodable = false;
			for (int i = value.indexOf('\uFFFD'); i >= 0; i = value.indexOf('\uFFFD', i + 1)) {
				undecodable |= decoder.nextReplacementWasUndecodable();
			}
			if (undecodable) {
				columns.add(column);
			}
		}
		return columns;
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
