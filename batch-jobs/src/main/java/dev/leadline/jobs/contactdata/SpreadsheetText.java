package dev.leadline.jobs.contactdata;

/**
 * The protection Leadline's CSV exports put on values a spreadsheet would run as a
 * formula: a leading apostrophe before {@code = + - @}, tab or carriage return.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/**
	 * The value without the apostrophe an export put before it; other values as they are
	 * (an apostrophe before a letter, as in {@code 'Lee}, stays).
	 */
	public static String unprotected(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

}
