package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How sure detection was of each decision about a file's format, from 0 (a guess) to 100
 * (certain), derived from the evidence in its first megabyte; a member is null when the
 * user chose that setting.
 */
public record ImportFormatConfidenceView(@Schema(types = {
		"integer", "null" }, minimum = "0", maximum = "100") Integer encoding,
		@Schema(types = { "integer", "null" }, minimum = "0", maximum = "100") Integer delimiter,
		@Schema(types = { "integer", "null" }, minimum = "0", maximum = "100") Integer header){
}
