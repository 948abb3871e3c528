package dev.leadline.api.contacts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A contact as listed: {@code name} is "First Last", else the e-mail; {@code attributes}
 * holds the custom attributes the list was asked for ({@code attribute}), when the
 * contact has them.
 */
public record ContactView(long id, @Schema(types = {
		"string", "null" }) String email, @Schema(types = { "string", "null" }) String firstName,
		@Schema(types = { "string", "null" }) String lastName, @Schema(types = { "string", "null" }) String name,
		@Schema(types = { "string", "null" }) String title, @Schema(types = { "string", "null" }) String phone,
		@Schema(types = { "string", "null" }) String city, @Schema(types = { "string", "null" }) String country,
		@Schema(types = { "string", "null" }) String linkedinUrl,
		@Schema(types = { "string", "null" }) String seniority, @Schema(types = { "string", "null" }) String department,
		@Schema(types = { "string", "null" }) String emailStatus,
		@Schema(types = { "object", "null" }) CompanyRefView company, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, Map<String, String> attributes){

	ContactView withAttributes(Map<String, String> chosen) {
		return new ContactView(id, email, firstName, lastName, name, title, phone, city, country, linkedinUrl,
				seniority, department, emailStatus, company, createdAt, updatedAt, chosen);
	}

}
