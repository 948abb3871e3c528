package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.TargetField;

/**
 * Where one column should go, how sure we are, and why.
 *
 * @param index the column's zero-based position
 * @param header the column's header, or "Column n" (one-based) when the file has none
 * @param field the suggested target
 * @param confidence from 0 (a guess) to 1 (certain)
 * @param reason the evidence, for people checking the mapping
 */
public record ColumnSuggestion(int index, String header, TargetField field, double confidence, String reason) {
}
