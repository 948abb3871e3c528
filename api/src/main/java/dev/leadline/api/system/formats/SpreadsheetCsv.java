package dev.leadline.api.system.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV that spreadsheet tools open safely: UTF-8 with a byte order mark (so Excel
 * reads the encoding right), RFC 4180 quoting, and cells that would start a formula
 * ({@code = + - @}, tab, CR) prefixed with an apostrophe so they are shown as text, never
 * evaluated.
 */
public final class SpreadsheetCsv {

	public static final String BOM = "\uFEFF";

	private SpreadsheetCsv() {
	}

	public static void writeRow(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(neutralise(cells.get(i))));
		}
		out.write("\r\n");
	}

	public static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + cell : cell;
	}

	private static String quote(String cell) {
		boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0
				|| (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
		return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

}
