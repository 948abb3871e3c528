package dev.leadline.api.companies;

import dev.leadline.jobs.selection.CompanyFilter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The filters of {@code GET /api/v1/companies} as a JSON body, for the jobs that select
 * companies the way the list does (dossiers, company enrichment), and of the companies
 * export.
 */
public record CompanyFilterParams(@Schema(description = "Substring of the name or domain") @Size(max = 200) String q,
		@Schema(description = "ISO 3166 alpha-2 codes") @Size(max = 50) List<@NotNull @Pattern(regexp = "^[A-Z]{2}$",
				message = "must be an ISO country code such as DE") String> country,
		@Schema(description = "Only companies with (true) or without (false) a domain") Boolean hasDomain) {

	public CompanyFilter toFilter() {
		return new CompanyFilter(this.q, this.country, this.hasDomain);
	}

}
