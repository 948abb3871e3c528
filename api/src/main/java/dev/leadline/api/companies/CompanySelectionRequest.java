package dev.leadline.api.companies;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Companies picked one by one in the list, by id. */
public record CompanySelectionRequest(
		@Schema(description = "Company ids; other tenants' ids and unknown ones are left out") @NotNull @Size(min = 1,
				max = CompanySelectionRequest.MAX_IDS) List<@NotNull @Positive Long> ids) {

	/** The most companies one selection may name; more go by filter (export). */
	public static final int MAX_IDS = 1000;

}
