package dev.leadline.jobs.csvimport.detection;

import java.util.List;

/**
 * Estimates the data rows in a whole file: counted exactly when the sample is the whole
 * file, otherwise the file's size divided by the sample's average bytes per record.
 */
final class RowEstimator {

	private RowEstimator() {
	}

	static long estimate(DecodedSample sample, Dialect dialect, long totalBytes, boolean hasHeader) {
		List<Integer> records = FieldCounter.countFields(sample.text(), dialect.delimiter(), dialect.quote(),
				Integer.MAX_VALUE);
		int headerRows = hasHeader ? 1 : 0;
		boolean wholeFile = !sample.truncated() && (totalBytes < 0 || totalBytes <= sample.byteLength());
		if (wholeFile || records.size() <= 1) {
			return Math.max(0, records.size() - headerRows);
		}
		// The last record of a cut sample is partial: average over the complete ones.
		double bytesPerRecord = sample.byteLength() / (double) (records.size() - 0.5);
		long total = totalBytes < 0 ? sample.byteLength() : totalBytes;
		return Math.max(0, Math.round(total / bytesPerRecord) - headerRows);
	}

}
