package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.csvimport.detection.Encodings;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Settings the user chose instead of the detected ones; null members are detected.
 *
 * @param encoding one of {@link #ENCODINGS}
 * @param delimiter one of {@code , ; \t |}
 * @param quote {@code "} or {@code '}
 * @param hasHeader whether the first row names the columns; when false the columns are
 * named "Column 1" to "Column n" and the first row is data
 */
public record FormatOverrides(String encoding, Character delimiter, Character quote, Boolean hasHeader) {

	public static final FormatOverrides NONE = new FormatOverrides(null, null, null, null);

	public static final List<String> ENCODINGS = Encodings.NAMES;

	public static final String DELIMITERS = ",;\t|";

	public FormatOverrides {
		if (encoding != null && !ENCODINGS.contains(encoding)) {
			throw new IllegalArgumentException("encoding must be one of " + ENCODINGS + ", not '" + encoding + "'");
		}
		if (delimiter != null && DELIMITERS.indexOf(delimiter) < 0) {
			throw new IllegalArgumentException("delimiter must be a comma, semicolon, tab or pipe");
		}
		if (quote != null && quote != '"' && quote != '\'') {
			throw new IllegalArgumentException("quote must be \" or '");
		}
	}

	public FormatOverrides(String encoding, Character delimiter, Character quote) {
		this(encoding, delimiter, quote, null);
	}

	/** The charset that reads the chosen encoding, or null when it is detected. */
	public Charset charset() {
		return encoding == null ? null : Encodings.charset(encoding);
	}

}
