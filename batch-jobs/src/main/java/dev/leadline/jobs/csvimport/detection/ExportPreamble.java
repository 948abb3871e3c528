package dev.leadline.jobs.csvimport.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * A note some exports put above their header row, ended by a blank line. LinkedIn's
 * connections export starts with {@code Notes:}, a quoted paragraph about missing e-mail
 * addresses, and a blank line; read as CSV, that note would become the header. The note
 * is not data: it is skipped, and its lines still count for the line numbers of the rows.
 */
public final class ExportPreamble {

	/** First lines that open a note ("Notes:" in the languages LinkedIn exports in). */
	private static final Set<String> OPENINGS = Set.of("notes:", "notizen:", "remarques :", "remarques:", "notas:",
			"note:", "opmerkingen:");

	/**
	 * A note is short: at most this many characters and lines, its blank line included.
	 */
	static final int MAX_CHARS = 4096;

	private static final int MAX_LINES = 12;

	private ExportPreamble() {
	}

	/**
	 * The note at the start of {@code text}: its length in characters and lines, the
	 * blank line that ends it included; null when the text does not start with one.
	 */
	static Found find(String text) {
		int end = lineEnd(text, 0);
		if (end < 0 || !OPENINGS.contains(text.substring(0, end).strip().toLowerCase(Locale.ROOT))) {
			return null;
		}
		int position = afterBreak(text, end);
		for (int lines = 1; lines < MAX_LINES && position < Math.min(text.length(), MAX_CHARS); lines++) {
			end = lineEnd(text, position);
			if (end < 0) {
				return null;
			}
			boolean blank = text.substring(position, end).isBlank();
			position = afterBreak(text, end);
			if (blank) {
				return position <= MAX_CHARS ? new Found(position, lines + 1) : null;
			}
		}
		return null;
	}

	/**
	 * Reads past a note at the reader's position.
	 * @return the lines skipped, 0 when there was no note
	 */
	public static int skip(BufferedReader reader) throws IOException {
		reader.mark(MAX_CHARS + 1);
		char[] start = new char[MAX_CHARS];
		int read = 0;
		for (int n; read < MAX_CHARS && (n = reader.read(start, read, MAX_CHARS - read)) > 0;) {
			read += n;
		}
		reader.reset();
		Found found = find(new String(start, 0, read));
		if (found == null) {
			return 0;
		}
		reader.skip(found.chars());
		return found.lines();
	}

	/**
	 * Where the line starting at {@code from} ends (before its break), or -1 without a
	 * break.
	 */
	private static int lineEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return -1;
	}

	private static int afterBreak(String text, int end) {
		return text.startsWith("\r\n", end) ? end + 2 : end + 1;
	}

	/** A note's length in characters and in lines. */
	record Found(int chars, int lines) {
	}

}
