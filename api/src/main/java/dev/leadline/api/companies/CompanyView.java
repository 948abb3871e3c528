package dev.leadline.api.companies;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A company as listed, with how many of the tenant's contacts belong to it. */
public record CompanyView(long id, String name, @Schema(types = {
		"string", "null" }) String domain, @Schema(types = { "string", "null" }) String website,
		@Schema(types = { "string", "null" }) String industry,
		@Schema(types = { "integer", "null" }) Integer employeeCount, @Schema(types = { "string", "null" }) String city,
		@Schema(types = { "string", "null" }) String country, long contactCount, OffsetDateTime createdAt,
		OffsetDateTime updatedAt){
}
