package dev.leadline.jobs.csvimport;

import java.util.List;

/**
 * A row after normalisation: its contact, or null when it was rejected, and what was noticed.
 *
 * @param rawValues the row as read, kept for rejected rows so they can be exported and fixed
 */
record ImportRow(long line, ContactFields contact, List<RowIssue> issues, List<String> rawValues) {

	boolean rejected() {
		return contact == null;
	}

}
