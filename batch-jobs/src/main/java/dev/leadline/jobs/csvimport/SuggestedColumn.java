package dev.leadline.jobs.csvimport;

/**
 * The mapping suggested for one column, as stored and shown.
 *
 * @param column zero-based position
 * @param header the column's (unique) header
 * @param confidence 0 to 1
 * @param reason the evidence
 */
public record SuggestedColumn(int column, String header, TargetField field, double confidence, String reason) {

	ColumnMapping toMapping() {
		return new ColumnMapping(column, field, field == TargetField.CUSTOM ? header : null);
	}

}
