package dev.leadline.api.tenants;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of tenants by id; {@code nextCursor} is null on the last page. */
public record TenantPage(List<TenantView> items, @Schema(types = {
		"string", "null" }) String nextCursor){
}
