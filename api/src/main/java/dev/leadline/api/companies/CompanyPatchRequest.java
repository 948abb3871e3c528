package dev.leadline.api.companies;

import dev.leadline.api.system.formats.MergePatch;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/**
 * A merge patch of a company's editable fields: a field left out stays as it is,
 * {@code null} clears it (the name cannot be cleared). The domain follows the website
 * (its registrable domain).
 */
// Setter-only properties come in reflection order, which varies: the document lists them
// in this order.
@JsonPropertyOrder({ "name", "website", "industry", "employeeCount", "city", "country" })
@Schema(description = "Fields left out stay unchanged; null clears a field")
public final class CompanyPatchRequest extends MergePatch {

	@Schema(types = { "string" }, maxLength = 500)
	public void setName(String value) {
		put("name", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 2000)
	public void setWebsite(String value) {
		put("website", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 200)
	public void setIndustry(String value) {
		put("industry", value);
	}

	@Schema(types = { "integer", "null" }, format = "int32", minimum = "0")
	public void setEmployeeCount(Integer value) {
		put("employeeCount", value);
	}

	@Schema(types = { "string", "null" }, maxLength = 200)
	public void setCity(String value) {
		put("city", value);
	}

	@Schema(types = { "string", "null" }, description = "An ISO code or a country name")
	public void setCountry(String value) {
		put("country", value);
	}

	Optional<String> name() {
		return field("name");
	}

	Optional<String> website() {
		return field("website");
	}

	Optional<String> industry() {
		return field("industry");
	}

	Optional<Integer> employeeCount() {
		return field("employeeCount");
	}

	Optional<String> city() {
		return field("city");
	}

	Optional<String> country() {
		return field("country");
	}

}
