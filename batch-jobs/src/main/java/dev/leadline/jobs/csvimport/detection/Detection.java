package dev.leadline.jobs.csvimport.detection;

import java.util.List;

/**
 * What {@link CsvDetector} found in the start of a file.
 *
 * @param encoding the charset name, e.g. {@code UTF-8}, {@code windows-1252}
 * @param hasBom whether the file starts with a byte order mark (skip it when reading)
 * @param delimiter the field separator
 * @param quote the quote character
 * @param hasHeader whether the first row names the columns
 * @param headers the first row's values when {@code hasHeader}, otherwise "Column 1" to
 * "Column n"
 * @param sampleRows up to the first 100 data rows (the header excluded)
 * @param estimatedRows data rows expected in the whole file
 * @param confidence how sure detection is of each decision
 */
public record Detection(String encoding, boolean hasBom, char delimiter, char quote, boolean hasHeader,
		List<String> headers, List<List<String>> sampleRows, long estimatedRows, Confidence confidence) {

	/**
	 * How sure detection is of the encoding, the delimiter and the header decision, each
	 * from 0 (a guess) to 100 (certain), derived from the evidence in the sample; null
	 * for a setting the user chose.
	 */
	public record Confidence(Integer encoding, Integer delimiter, Integer header) {
	}

	public Detection {
		headers = List.copyOf(headers);
		sampleRows = sampleRows.stream().map(List::copyOf).toList();
	}

	public int columnCount() {
		int fromRows = sampleRows.stream().mapToInt(List::size).max().orElse(0);
		return Math.max(headers.size(), fromRows);
	}

}
