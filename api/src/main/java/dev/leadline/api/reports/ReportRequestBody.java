package dev.leadline.api.reports;

import dev.leadline.api.companies.CompanyFilterParams;
import dev.leadline.jobs.reports.ReportRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The companies to render dossiers of: exactly one of {@code ids} or {@code filter}. */
public record ReportRequestBody(
		@Schema(description = "Company ids (at most 10,000)") @Size(max = 10_000) List<@NotNull @Positive Long> ids,
		@Schema(description = "The companies browse filters (the query parameters of GET /api/v1/companies, as JSON)") @Valid CompanyFilterParams filter) {

	ReportRequest toRequest() {
		return new ReportRequest(this.ids, (this.filter == null) ? null : this.filter.toFilter());
	}

}
