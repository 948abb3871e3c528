package dev.leadline.api.reports;

import dev.leadline.jobs.reports.ReportRequest;
import dev.leadline.jobs.selection.CompanyFilter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The companies to render dossiers of: exactly one of {@code ids} or {@code filter}. */
public record ReportRequestBody(
		@Schema(description = "Company ids (at most 10,000)") @Size(max = 10_000) List<@NotNull @Positive Long> ids,
		@Schema(description = "The companies browse filters (the query parameters of GET /api/v1/companies, as JSON)") @Valid Filter filter) {

	/** The filters of {@code GET /api/v1/companies}. */
	public record Filter(@Schema(description = "Substring of the name or domain") @Size(max = 200) String q,
			@Schema(description = "ISO 3166 alpha-2 codes") @Size(max = 50) List<@Pattern(regexp = "^[A-Z]{2}$",
					message = "must be an ISO country code such as DE") String> country,
			@Schema(description = "Only companies with (true) or without (false) a domain") Boolean hasDomain) {
	}

	ReportRequest toRequest() {
		return new ReportRequest(this.ids, (this.filter == null) ? null
				: new CompanyFilter(this.filter.q(), this.filter.country(), this.filter.hasDomain()));
	}

}
