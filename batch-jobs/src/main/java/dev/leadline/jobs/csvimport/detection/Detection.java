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
 * @param headers the first row's values when {@code hasHeader}, otherwise empty
 * @param sampleRows up to the first 20 data rows (the header excluded)
 * @param estimatedRows data rows expected in the whole file
 */
public record Detection(String encoding, boolean hasBom, char delimiter, char quote, boolean hasHeader,
		List<String> headers, List<List<String>> sampleRows, long estimatedRows) {

	public Detection {
		headers = List.copyOf(headers);
		sampleRows = sampleRows.stream().map(List::copyOf).toList();
	}

	public int columnCount() {
		int fromRows = sampleRows.stream().mapToInt(List::size).max().orElse(0);
		return Math.max(headers.size(), fromRows);
	}

}
