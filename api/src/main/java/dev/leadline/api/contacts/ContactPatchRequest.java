package dev.leadline.api.contacts;

import dev.leadline.api.system.formats.MergePatch;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/**
 * A merge patch of a contact's editable fields: a field left out stays as it is,
 * {@code null} clears it. Values are normalised and bounded as the import does (e-mail
 * lower-cased, phone to E.164, country to its ISO code, LinkedIn URL made canonical).
 */
// Setter-only properties come in reflection order, which varies: the document lists them
// in this order.
@JsonPropertyOrder({ "email", "firstName", "lastName", "title", "phone", "city", "country", "linkedinUrl",
		"companyId" })
@Schema(description = "Fields left out stay unchanged; null clears a field")
public final class ContactPatchRequest extends MergePatch {

	@Schema(types = { "string", "null" }, maxLength = 320)
	public void setEmail(String value) {
		put("email", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 200)
	public void setFirstName(String value) {
		put("firstName", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 200)
	public void setLastName(String value) {
		put("lastName", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 300)
	public void setTitle(String value) {
		put("title", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 50)
	public void setPhone(String value) {
		put("phone", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 200)
	public void setCity(String value) {
		put("city", value);
	}

	@Schema(types = { "string", "null" }, description = "An ISO code or a country name")
	public void setCountry(String value) {
		put("country", value);
	}

	@Schema(types = { "string", "null" })
	public void setLinkedinUrl(String value) {
		put("linkedinUrl", value);
	}

	@Schema(types = { "integer", "null" }, format = "int64")
	public void setCompanyId(Long value) {
		put("companyId", value);
	}

	Optional<String> email() {
		return field("email");
	}

	Optional<String> firstName() {
		return field("firstName");
	}

	Optional<String> lastName() {
		return field("lastName");
	}

	Optional<String> title() {
		return field("title");
	}

	Optional<String> phone() {
		return field("phone");
	}

	Optional<String> city() {
		return field("city");
	}

	Optional<String> country() {
		return field("country");
	}

	Optional<String> linkedinUrl() {
		return field("linkedinUrl");
	}

	Optional<Long> companyId() {
		return field("companyId");
	}

}
