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
		"object", "null" }) Confidence confidence){

	/**
	 * How sure detection was of each decision, from 0 (a guess) to 100 (certain); a
	 * member is null when the user chose that setting.
	 */
	public record Confidence(@Schema(types = {
			"integer", "null" }, minimum = "0", maximum = "100") Integer encoding,
			@Schema(types = { "integer", "null" }, minimum = "0", maximum = "100") Integer delimiter,
			@Schema(types = { "integer", "null" }, minimum = "0", maximum = "100") Integer header){
	}

}
