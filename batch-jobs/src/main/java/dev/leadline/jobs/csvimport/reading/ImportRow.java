package dev.leadline.jobs.csvimport.reading;

import dev.leadline.jobs.csvimport.ContactFields;
import dev.leadline.jobs.csvimport.RowIssue;
import java.util.List;

/**
 * A row after normalisation: its contact, or null when it was rejected, and what was
 * noticed.
 *
 * @param rawValues the row as read, kept for rejected rows so they can be exported and
 * fixed
 */
public record ImportRow(long line, ContactFields contact, List<RowIssue> issues, List<String> rawValues) {

	public boolean rejected() {
		return contact == null;
	}

}
