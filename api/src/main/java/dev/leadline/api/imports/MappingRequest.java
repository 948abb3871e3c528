package dev.leadline.api.imports;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.jobs.csvimport.ColumnMapping;
import dev.leadline.jobs.csvimport.MappingChoice;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The mapping to confirm: one entry per column to import (others are ignored), at most
 * one column per field except CUSTOM; EMAIL mapped unless {@code allowWithoutEmail}.
 */
public record MappingRequest(@NotNull @Size(max = 1000) List<ColumnMapping> columns, @Schema(
		description = "FILL_BLANKS (default) keeps existing values; OVERWRITE replaces them with the file's") ImportExistingPolicy existing,
		@Schema(description = "ISO 3166 alpha-2 code for phone numbers without country code",
				example = "DE") String defaultCountry,
		Boolean allowWithoutEmail,
		@Schema(description = "rows with fewer fields than the header (a trailing delimiter or trailing empty values "
				+ "left out) are imported with the missing values blank, each with a warning (default true); "
				+ "false rejects them") Boolean fillMissingValues) {

	MappingChoice toChoice() {
		return new MappingChoice(columns, existing == null ? ImportExistingPolicy.FILL_BLANKS : existing,
				defaultCountry, Boolean.TRUE.equals(allowWithoutEmail), !Boolean.FALSE.equals(fillMissingValues));
	}
}
