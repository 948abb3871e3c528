package dev.leadline.jobs.csvimport.detection;

import dev.leadline.jobs.csvimport.FormatOverrides;
import dev.leadline.jobs.csvimport.UnreadableCsvException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Looks at the first megabyte of an uploaded file and works out how to read it: encoding,
 * delimiter, quote, whether there is a header, the first rows, and roughly how many rows
 * the whole file has.
 */
public class CsvDetector {

	static final int SAMPLE_ROWS = 100;

	/**
	 * Detects a file that is read whole from {@code sample}; when it is longer than the
	 * sample, use {@link #detect(InputStream, long)} to get a useful row estimate.
	 * @throws UnreadableCsvException when the file is empty, binary, or a single line
	 * with no structure
	 */
	public Detection detect(InputStream sample) {
		return detect(sample, -1);
	}

	/**
	 * @param sample the file's content from its first byte; at most
	 * {@value SampleDecoder#SAMPLE_LIMIT} bytes are read
	 * @param totalBytes the whole file's size, for the row estimate; negative when
	 * unknown
	 * @throws UnreadableCsvException when the file is empty, binary, or a single line
	 * with no structure
	 */
	public Detection detect(InputStream sample, long totalBytes) {
		return detect(sample, totalBytes, FormatOverrides.NONE);
	}

	/**
	 * As {@link #detect(InputStream, long)}, with the settings the user chose instead of
	 * guessing them.
	 * @throws UnreadableCsvException also when the file is not valid text in the chosen
	 * encoding
	 */
	public Detection detect(InputStream sample, long totalBytes, FormatOverrides overrides) {
		DecodedSample raw = SampleDecoder.decode(sample, overrides.charset());
		Character named = ExcelSeparatorLine.delimiterOf(raw.text());
		DecodedSample decoded = named == null ? raw : withoutSeparatorLine(raw);
		if (decoded.text().isBlank()) {
			throw new UnreadableCsvException("The file contains only blank lines.");
		}
		// Excel's sep= line names the delimiter, unless the user chose one or it is one
		// Leadline does not read.
		Character delimiter = overrides.delimiter() != null || named == null
				|| FormatOverrides.DELIMITERS.indexOf(named) < 0 ? overrides.delimiter() : named;
		Dialect dialect = DialectGuesser.guess(decoded.text(), decoded.truncated(), delimiter, overrides.quote());
		Integer delimiterConfidence = overrides.delimiter() != null ? null : delimiter != null ? Integer.valueOf(100)
				: Integer.valueOf(DialectGuesser.confidence(decoded.text(), decoded.truncated(), dialect));
		List<List<String>> records = SampleParser.firstRecords(decoded, dialect, SAMPLE_ROWS + 1);
		requireStructure(dialect, records);
		List<String> first = records.get(0);
		HeaderHeuristic.Decision header = HeaderHeuristic.decide(first, records.subList(1, records.size()));
		boolean hasHeader = overrides.hasHeader() != null ? overrides.hasHeader() : header.isHeader();
		List<List<String>> rows = hasHeader ? records.subList(1, records.size()) : records;
		rows = rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()));
		List<String> headers = hasHeader ? first.stream().map(String::strip).toList() : numbered(rows);
		headers = withoutEmptyTrailingColumns(headers, rows);
		rows = trimmedTo(headers.size(), rows);
		Detection.Confidence confidence = new Detection.Confidence(decoded.confidence(), delimiterConfidence,
				overrides.hasHeader() != null ? null : header.confidence());
		return new Detection(Encodings.nameOf(decoded.charset()), decoded.hasBom(), dialect.delimiter(),
				dialect.quote(), hasHeader, headers, rows,
				RowEstimator.estimate(decoded, dialect, totalBytes, hasHeader), confidence);
	}

	/** "Column 1" to "Column n" for a file without a header row. */
	private static List<String> numbered(List<List<String>> rows) {
		int columns = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
		return IntStream.rangeClosed(1, columns).mapToObj(n -> "Column " + n).toList();
	}

	private static DecodedSample withoutSeparatorLine(DecodedSample sample) {
		return new DecodedSample(ExcelSeparatorLine.withoutLine(sample.text()), sample.charset(), sample.hasBom(),
				sample.byteLength(), sample.truncated(), sample.confidence());
	}

	/**
	 * Excel writes empty columns beyond the data with blank headers: those are dropped. A
	 * blank header over values stays, to be named ("Column 4") and mapped.
	 */
	private static List<String> withoutEmptyTrailingColumns(List<String> headers, List<List<String>> rows) {
		int columns = headers.size();
		while (columns > 1
				&& (headers.get(columns - 1).isEmpty() || headers.get(columns - 1).equals("Column " + columns))
				&& blankIn(rows, columns - 1)) {
			columns--;
		}
		return headers.subList(0, columns);
	}

	private static boolean blankIn(List<List<String>> rows, int column) {
		return rows.stream().allMatch(row -> column >= row.size() || row.get(column).isBlank());
	}

	/** Rows without their blank fields beyond the header's columns. */
	private static List<List<String>> trimmedTo(int columns, List<List<String>> rows) {
		return rows.stream().map(row -> {
			int end = row.size();
			while (end > columns && row.get(end - 1).isBlank()) {
				end--;
			}
			return row.subList(0, end);
		}).toList();
	}

	private static void requireStructure(Dialect dialect, List<List<String>> records) {
		if (records.isEmpty()) {
			throw new UnreadableCsvException("The file has no complete row in its first megabyte.");
		}
		if (records.size() == 1 && dialect.fieldsPerRecord() == 1
				&& !HeaderHeuristic.looksLikeHeaderLine(records.get(0))) {
			throw new UnreadableCsvException("The file is a single line with no delimiter (comma, semicolon, "
					+ "tab or pipe) and no recognisable column names.");
		}
	}

}
