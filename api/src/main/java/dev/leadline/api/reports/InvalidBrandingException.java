package dev.leadline.api.reports;

import dev.leadline.api.system.problems.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A branding that cannot be stored, naming the field. */
class InvalidBrandingException extends ApiException {

	private final String field;

	InvalidBrandingException(String field, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-branding", "Invalid branding", detail);
		this.field = field;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("field", this.field);
	}

}
