package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Imports newest first; {@code nextCursor} is null on the last page. */
public record ImportPage(List<ImportSummaryView> items, @Schema(types = {
		"string", "null" }) String nextCursor){
}
