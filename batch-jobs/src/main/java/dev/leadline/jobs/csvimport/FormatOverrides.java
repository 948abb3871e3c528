package dev.leadline.jobs.csvimport;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;

/**
 * Settings the user chose instead of the detected ones; null members are detected.
 *
 * @param encoding one of {@link #ENCODINGS}
 * @param delimiter one of {@code , ; \t |}
 * @param quote {@code "} or {@code '}
 */
public record FormatOverrides(String encoding, Character delimiter, Character quote) {

	public static final FormatOverrides NONE = new FormatOverrides(null, null, null);

	public static final Set<String> ENCODINGS = Set.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1",
			"ISO-8859-15");

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

	public Charset charset() {
		try {
			return encoding == null ? null : Charset.forName(encoding);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new IllegalArgumentException("Unknown encoding " + encoding, ex);
		}
	}

}
