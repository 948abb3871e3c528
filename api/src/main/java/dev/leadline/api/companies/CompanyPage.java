package dev.leadline.api.companies;

import dev.leadline.api.system.paging.TotalView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of companies; {@code nextCursor} is null on the last; {@code total} only when
 * asked for.
 */
public record CompanyPage(List<CompanyView> items, @Schema(types = {
		"string", "null" }) String nextCursor, @Schema(types = { "object", "null" }) TotalView total){
}
