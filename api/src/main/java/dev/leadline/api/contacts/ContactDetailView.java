package dev.leadline.api.contacts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/** A contact with everything Leadline knows of it. */
public record ContactDetailView(long id, @Schema(types = {
		"string", "null" }) String email, @Schema(types = { "string", "null" }) String firstName,
		@Schema(types = { "string", "null" }) String lastName, @Schema(types = { "string", "null" }) String name,
		@Schema(types = { "string", "null" }) String title, @Schema(types = { "string", "null" }) String phone,
		@Schema(types = { "string", "null" }) String city, @Schema(types = { "string", "null" }) String country,
		@Schema(types = { "string", "null" }) String linkedinUrl,
		@Schema(types = { "string", "null" }) String seniority, @Schema(types = { "string", "null" }) String department,
		@Schema(types = { "string", "null" }) String emailStatus,
		@Schema(types = { "object", "null" }) CompanyRefView company, Map<String, Object> attributes,
		@Schema(types = { "integer", "null" }) Long sourceImportId,
		@Schema(types = { "integer", "null" }) Long lastImportId, OffsetDateTime createdAt, OffsetDateTime updatedAt){
}
