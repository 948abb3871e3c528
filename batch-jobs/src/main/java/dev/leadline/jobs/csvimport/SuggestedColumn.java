package dev.leadline.jobs.csvimport;

/**
 * The mapping suggested for one column, as stored and shown.
 *
 * @param column zero-based position
 * @param header the column's (unique) header
 * @param confidence 0 to 1
 * @param reason the evidence
 * @param attribute for a custom attribute, its name when it is not the header's: the name
 * the user gave the column in an earlier import, exactly as typed; null otherwise
 */
public record SuggestedColumn(int column, String header, TargetField field, double confidence, String reason,
		String attribute) {

	/** A suggestion that keeps the header as the name of a custom attribute. */
	public SuggestedColumn(int column, String header, TargetField field, double confidence, String reason) {
		this(column, header, field, confidence, reason, null);
	}

	ColumnMapping toMapping() {
		return new ColumnMapping(column, field,
				field == TargetField.CUSTOM ? (attribute == null ? header : attribute) : null);
	}

}
