package dev.leadline.jobs.csvimport.reading;

/**
 * How an import's file is read: its encoding's name, delimiter, quote character, and
 * whether its first row is a header (skipped) or data.
 */
public record ImportSettings(String encoding, char delimiter, char quote, boolean hasHeader) {

	public ImportSettings(String encoding, char delimiter, char quote) {
		this(encoding, delimiter, quote, true);
	}

}
