package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the file is read: encoding, delimiter, quote character, whether the first row is a
 * header, and how sure detection was of each decision.
 *
 * @param hasHeader whether the first row names the columns; when false the columns are
 * "Column 1" to "Column n" and the first row is data
 * @param confidence how sure detection was; null for imports uploaded before it was
 * measured
 */
public record ImportFormatView(String encoding, String delimiter, String quote, boolean hasHeader, @Schema(types = {
		"object", "null" }) ImportFormatConfidenceView confidence){
}
