package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import has done so far (committed chunks only). When it completes,
 * {@code inserted + updated + unchanged + duplicates + rejected = rows}.
 *
 * @param rows data rows read
 * @param inserted new contacts
 * @param updated existing contacts the policy changed
 * @param unchanged rows matching an existing contact whose values the policy would not
 * change (left as they were, not written)
 * @param duplicates rows whose e-mail appeared earlier in the same file, merged into that
 * contact
 * @param rejected rows not imported (see the errors download)
 * @param warnings values changed or dropped in imported rows
 * @param companiesCreated companies created from domains or names
 * @param staged contacts the second phase writes (the file's e-mail addresses, its
 * duplicates merged); null while the file is still being read
 * @param merged of those, how many are written so far
 */
public record ImportCountsView(long rows, long inserted, long updated, long unchanged, long duplicates, long rejected,
		long warnings, long companiesCreated, @Schema(types = {
				"integer", "null" }, format = "int64") Long staged,
		long merged){
}
