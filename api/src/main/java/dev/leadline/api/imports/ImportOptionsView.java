package dev.leadline.api.imports;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How existing contacts are treated, the phone country default, whether rows without
 * e-mail are imported, and whether rows with fewer fields than the header are imported
 * with the missing values blank ({@code fillMissingValues}) or rejected.
 */
public record ImportOptionsView(ImportExistingPolicy existing, @Schema(types = {
		"string", "null" }) String defaultCountry, boolean allowWithoutEmail, boolean fillMissingValues){
}
