package dev.leadline.jobs.csvimport;

import dev.leadline.db.jooq.enums.ImportIssueSeverity;

/** Why a row was rejected (ERROR) or what was changed while importing it (WARNING). */
public record RowIssue(ImportIssueSeverity severity, String column, String value, String reason) {

	public static RowIssue error(String column, String value, String reason) {
		return new RowIssue(ImportIssueSeverity.ERROR, column, value, reason);
	}

	public static RowIssue warning(String column, String value, String reason) {
		return new RowIssue(ImportIssueSeverity.WARNING, column, value, reason);
	}

}
