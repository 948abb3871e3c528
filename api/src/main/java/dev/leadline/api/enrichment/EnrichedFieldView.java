package dev.leadline.api.enrichment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One enriched value of a contact or company: what it is, which stage and provider found
 * it, where and when.
 */
public record EnrichedFieldView(String field, @Schema(types = {
		"string", "null" }) String value,
		@Schema(types = { "string", "null" }, description = "stage/provider") String source,
		@Schema(types = { "string", "null" }, format = "date-time") String fetchedAt,
		@Schema(types = { "string", "null" }, description = "The page or endpoint the value was read from") String url,
		@Schema(types = { "array", "null" },
				description = "The value's items when it is a list (e.g. social links)") List<String> items){
}
