package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** Settings to use instead of the detected ones; omitted ones are detected again. */
public record FormatRequest(@Schema(description = "UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1 or ISO-8859-15",
		example = "UTF-8") @Pattern(regexp = "UTF-8|UTF-16LE|UTF-16BE|windows-1252|ISO-8859-1|ISO-8859-15",
				message = "must be one of UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1, ISO-8859-15") String encoding,
		@Schema(description = "a comma, semicolon, tab or pipe", example = ";") @Pattern(regexp = "[,;\t|]",
				message = "must be a comma, semicolon, tab or pipe") String delimiter,
		@Schema(example = "\"") @Pattern(regexp = "[\"']", message = "must be \" or '") String quote) {
}
