package dev.leadline.api.enrichment;

import dev.leadline.api.companies.CompanyFilterParams;
import dev.leadline.api.contacts.ContactFilterParams;
import dev.leadline.jobs.enrichment.EnrichmentRequest;
import dev.leadline.jobs.enrichment.EnrichmentSelection;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A run to estimate or start: a stage and exactly one of {@code ids}, {@code filter}
 * (contacts), {@code companyFilter} (companies) or {@code all}.
 */
public record EnrichmentRequestBody(
		@Schema(description = "The stage, e.g. person (GET /api/v1/enrichment/stages)") @NotBlank @Size(
				max = 50) String stage,
		@Schema(description = "Ids of the stage's records (at most 10,000)") @Size(
				max = 10_000) List<@NotNull @Positive Long> ids,
		@Schema(description = "A contacts browse filter (the query parameters of GET /api/v1/contacts, as JSON)") @Valid ContactFilterParams filter,
		@Schema(description = "Every record of the stage's kind") Boolean all,
		@Schema(description = "Enrich records enriched within the freshness window too") Boolean force,
		@Schema(description = "The most credits the run may spend; it stops, resumable, when spent") @Positive Long budget,
		@Schema(description = "A companies browse filter (the query parameters of GET /api/v1/companies, as JSON), for company stages") @Valid CompanyFilterParams companyFilter) {

	EnrichmentRequest toRequest() {
		EnrichmentSelection selection = new EnrichmentSelection(this.ids,
				(this.filter != null) ? this.filter.toFilter() : null, Boolean.TRUE.equals(this.all),
				(this.companyFilter != null) ? this.companyFilter.toFilter() : null);
		return new EnrichmentRequest(this.stage, selection, Boolean.TRUE.equals(this.force), this.budget);
	}

}
