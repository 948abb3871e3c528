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
 */
public record MappingChoice(List<ColumnMapping> columns, ImportExistingPolicy existing, String defaultCountry,
		boolean allowWithoutEmail) {
}
