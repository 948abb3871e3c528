package dev.leadline.api.enrichment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One enriched value of a contact or company: what it is, which stage and provider found
 * it, and when.
 */
public record EnrichedFieldView(String field, @Schema(types = {
		"string", "null" }) String value,
		@Schema(types = { "string", "null" }, description = "stage/provider") String source,
		@Schema(types = { "string", "null" }, format = "date-time") String fetchedAt){
}
