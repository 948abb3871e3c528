package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** Settings to use instead of the detected ones; omitted ones are detected again. */
public record FormatRequest(@Schema(description = "UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1, ISO-8859-15, "
		+ "Shift_JIS, GB18030, Big5 or EUC-KR", example = "UTF-8") @Pattern(
				regexp = "UTF-8|UTF-16LE|UTF-16BE|windows-1252|ISO-8859-1|ISO-8859-15|Shift_JIS|GB18030|Big5|EUC-KR",
				message = "must be one of UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1, ISO-8859-15, "
						+ "Shift_JIS, GB18030, Big5, EUC-KR") String encoding,
		@Schema(description = "a comma, semicolon, tab or pipe", example = ";") @Pattern(regexp = "[,;\t|]",
				message = "must be a comma, semicolon, tab or pipe") String delimiter,
		@Schema(example = "\"") @Pattern(regexp = "[\"']", message = "must be \" or '") String quote,
		@Schema(description = "whether the first row names the columns; false reads it as data, the columns named "
				+ "Column 1 to Column n",
				types = {
						"boolean", "null" }) Boolean hasHeader){
}
