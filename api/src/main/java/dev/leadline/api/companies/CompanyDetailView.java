package dev.leadline.api.companies;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A company with its custom attributes and a summary of its contacts (listed by GET
 * /contacts?companyId=).
 */
public record CompanyDetailView(long id, String name, @Schema(types = {
		"string", "null" }) String domain, @Schema(types = { "string", "null" }) String website,
		@Schema(types = { "string", "null" }) String industry,
		@Schema(types = { "integer", "null" }) Integer employeeCount, @Schema(types = { "string", "null" }) String city,
		@Schema(types = { "string", "null" }) String country, Map<String, Object> attributes,
		CompanySummaryView summary, OffsetDateTime createdAt, OffsetDateTime updatedAt){
}
