package dev.leadline.jobs.csvimport.detection;

import dev.leadline.jobs.csvimport.UnreadableCsvException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the first records of a decoded sample with commons-csv, in the dialect detected.
 */
final class SampleParser {

	private SampleParser() {
	}

	/**
	 * @throws UnreadableCsvException when a quoted field opened in the first two records
	 * is never closed in a file that was read whole
	 */
	static List<List<String>> firstRecords(DecodedSample sample, Dialect dialect, int maxRecords) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(dialect.delimiter())
			.setQuote(dialect.quote())
			.setIgnoreEmptyLines(true)
			.get();
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(sample.text(), format)) {
			Iterator<CSVRecord> iterator = parser.iterator();
			while (records.size() < maxRecords && hasNext(iterator, sample, parser, records.size())) {
				records.add(iterator.next().toList());
			}
			if (sample.truncated() && !hasNext(iterator, sample, parser, records.size()) && records.size() > 1) {
				// The sample ended here, so its last record is probably cut short.
				records.remove(records.size() - 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return records;
	}

	private static boolean hasNext(Iterator<CSVRecord> iterator, DecodedSample sample, CSVParser parser, int read) {
		try {
			return iterator.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// A quote left open after a header and a row is the import's problem: it
			// rejects that row with its line.
			if (sample.truncated() || read >= 2) {
				return false;
			}
			throw new UnreadableCsvException("A quoted field opened before line " + parser.getCurrentLineNumber()
					+ " is never closed (" + parserMessage(ex) + ").");
		}
	}

	/**
	 * The parser's own words, without the exception classes that wrap them (an
	 * UncheckedIOException's message starts with its cause's class name).
	 */
	private static String parserMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
