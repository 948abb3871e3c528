package dev.leadline.jobs.selection;

import java.util.List;

/**
 * Which of a tenant's companies a list or a report covers (the filters of
 * {@code GET /api/v1/companies}). Every member is optional; they combine with AND.
 *
 * @param q substring of the name or domain, case-insensitive
 * @param countries ISO 3166 alpha-2 codes, any of them
 * @param hasDomain only companies with (true) or without (false) a domain
 */
public record CompanyFilter(String q, List<String> countries, Boolean hasDomain) {

	public static final CompanyFilter ALL = new CompanyFilter(null, null, null);

	public CompanyFilter {
		q = (q == null || q.isBlank()) ? null : q.strip();
		countries = (countries == null) ? List.of() : List.copyOf(countries);
	}

}
