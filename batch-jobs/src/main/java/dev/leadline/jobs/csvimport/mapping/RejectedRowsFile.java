package dev.leadline.jobs.csvimport.mapping;

import java.util.List;

/**
 * Recognises a rejected-rows file downloaded from Leadline and uploaded again after
 * fixing: its first columns ({@code line, severity, column, value, reason}, or without
 * {@code severity} in older downloads) say why each row was rejected and are no contact
 * data, so they are ignored by default instead of becoming custom attributes (and
 * {@code value}, which may hold the bad e-mail, never competes with the real e-mail
 * column).
 */
public final class RejectedRowsFile {

	static final String REASON = "a diagnostic column of Leadline's rejected-rows file (why the row was rejected); "
			+ "not imported";

	private static final List<List<String>> DIAGNOSTICS = List
		.of(List.of("line", "severity", "column", "value", "reason"), List.of("line", "column", "value", "reason"));

	private RejectedRowsFile() {
	}

	/**
	 * How many of the first headers are the rejected-rows file's diagnostic columns: 0
	 * for any other file (one that has columns beyond them).
	 */
	public static int diagnosticColumns(List<String> headers) {
		for (List<String> diagnostics : DIAGNOSTICS) {
			if (headers.size() > diagnostics.size() && matches(headers, diagnostics)) {
				return diagnostics.size();
			}
		}
		return 0;
	}

	private static boolean matches(List<String> headers, List<String> diagnostics) {
		for (int i = 0; i < diagnostics.size(); i++) {
			if (!HeaderText.normalise(headers.get(i)).equals(diagnostics.get(i))) {
				return false;
			}
		}
		return true;
	}

}
