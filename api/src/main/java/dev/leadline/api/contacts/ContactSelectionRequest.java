package dev.leadline.api.contacts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Contacts picked one by one in the list, by id. */
public record ContactSelectionRequest(
		@Schema(description = "Contact ids; other tenants' ids and unknown ones are " + "left out") @NotNull @Size(
				min = 1, max = ContactSelectionRequest.MAX_IDS) List<@NotNull @Positive Long> ids) {

	/**
	 * The most contacts one selection may name; more go by filter (bulk delete, export).
	 */
	public static final int MAX_IDS = 1000;

}
