package dev.leadline.api.imports;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How existing contacts are treated, the phone country default, and whether rows without
 * e-mail are imported.
 */
public record ImportOptionsView(ImportExistingPolicy existing, @Schema(types = {
		"string", "null" }) String defaultCountry, boolean allowWithoutEmail){
}
