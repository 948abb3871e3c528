package dev.leadline.jobs.csvimport;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import java.util.List;

/**
 * What the user confirmed: the mapping and how to treat contacts that already exist.
 *
 * @param columns one entry per mapped column; columns left out are ignored
 * @param existing FILL_BLANKS keeps what existing contacts have; OVERWRITE replaces it
 * with the file's values
 * @param defaultCountry ISO 3166 alpha-2 code for phone numbers without a country code,
 * or null
 * @param allowWithoutEmail import rows that have no e-mail address (they cannot be
 * deduplicated)
 * @param fillMissingValues import rows with fewer fields than the header (a trailing
 * delimiter or trailing empty values left out) with the missing values blank, each with a
 * warning; otherwise such rows are rejected
 */
public record MappingChoice(List<ColumnMapping> columns, ImportExistingPolicy existing, String defaultCountry,
		boolean allowWithoutEmail, boolean fillMissingValues) {

	/** A choice that fills short rows with blanks (the default). */
	public MappingChoice(List<ColumnMapping> columns, ImportExistingPolicy existing, String defaultCountry,
			boolean allowWithoutEmail) {
		this(columns, existing, defaultCountry, allowWithoutEmail, true);
	}

}
