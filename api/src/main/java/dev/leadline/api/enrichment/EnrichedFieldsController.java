package dev.leadline.api.enrichment;

import dev.leadline.api.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A contact's and a company's enriched values with their source and date. */
@RestController
@Tag(name = "enrichment")
class EnrichedFieldsController {

	private final EnrichedFields fields;

	EnrichedFieldsController(EnrichedFields fields) {
		this.fields = fields;
	}

	@GetMapping(path = "/api/v1/contacts/{id}/enrichment", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A contact's enriched values with their source (stage/provider) and date, by field name")
	List<EnrichedFieldView> contact(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return fields.ofContact(user.tenantId(), id);
	}

	@GetMapping(path = "/api/v1/companies/{id}/enrichment", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A company's enriched values with their source (stage/provider) and date, by field name")
	List<EnrichedFieldView> company(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return fields.ofCompany(user.tenantId(), id);
	}

}
