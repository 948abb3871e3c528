package dev.leadline.jobs.csvimport.detection;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Excel's {@code sep=;} first line, which names the delimiter of the lines below it and
 * is not part of the data.
 */
public final class ExcelSeparatorLine {

	private static final String PREFIX = "sep=";

	private ExcelSeparatorLine() {
	}

	/** The delimiter named by the text's first line, or null when it is no such line. */
	static Character delimiterOf(String text) {
		int length = lineLength(text);
		return length < 0 ? null : text.charAt(PREFIX.length());
	}

	/** The text after its {@code sep=} line; the text itself when there is none. */
	static String withoutLine(String text) {
		int length = lineLength(text);
		return length < 0 ? text : text.substring(length);
	}

	/**
	 * Reads past the reader's first line when it is a {@code sep=} line.
	 * @return whether a line was skipped
	 */
	public static boolean skip(BufferedReader reader) throws IOException {
		int lookahead = PREFIX.length() + 3;
		reader.mark(lookahead);
		char[] start = new char[lookahead];
		int read = 0;
		for (int n; read < lookahead && (n = reader.read(start, read, lookahead - read)) > 0;) {
			read += n;
		}
		reader.reset();
		int length = lineLength(new String(start, 0, read));
		if (length < 0) {
			return false;
		}
		reader.skip(length);
		return true;
	}

	/** The length of the first line with its line break, or -1 when it is no sep line. */
	private static int lineLength(String text) {
		int end = PREFIX.length() + 1;
		if (text.length() < end || !text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				|| text.charAt(PREFIX.length()) == '\r' || text.charAt(PREFIX.length()) == '\n') {
			return -1;
		}
		if (text.length() == end) {
			return end;
		}
		if (text.startsWith("\r\n", end)) {
			return end + 2;
		}
		return text.charAt(end) == '\n' || text.charAt(end) == '\r' ? end + 1 : -1;
	}

}
