package dev.leadline.jobs.csvimport;

/**
 * Where one column of a file goes.
 *
 * @param column the column's zero-based position
 * @param field its target
 * @param attribute for {@link TargetField#CUSTOM}: the attribute's name (the header when
 * null); else null
 */
public record ColumnMapping(int column, TargetField field, String attribute) {
}
